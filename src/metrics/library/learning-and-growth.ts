// The learning-and-growth perspective's KPIs, from the training log (one row per employee
// and month). Definitions follow test/fixtures/fjordline/README.md.

import type { LibraryEntry } from "./library-entry.ts";

const learning = { perspective: "learning" } as const;

export const learningKpis: LibraryEntry[] = [
  {
    key: "training_hours",
    name: { en: "Training hours", da: "Uddannelsestimer" },
    description: {
      en: "Hours of training logged in the period, all employees together.",
      da: "Timers uddannelse registreret i perioden, alle medarbejdere tilsammen.",
    },
    unit: "hours",
    polarity: "higher",
    kind: "flow",
    ...learning,
    expression: "sum(training_log.training_hours)",
  },
  {
    key: "training_hours_per_employee",
    name: { en: "Training hours per employee", da: "Uddannelsestimer pr. medarbejder" },
    description: {
      en: "Training hours in the period / distinct employees with a row in the period: a quarter counts each employee once, so its value is about three months' worth.",
      da: "Uddannelsestimer i perioden / forskellige medarbejdere med en række i perioden: et kvartal tæller hver medarbejder én gang, så værdien svarer til omkring tre måneder.",
    },
    unit: "hours",
    polarity: "higher",
    kind: "flow",
    ...learning,
    expression: "training_hours / count_distinct(training_log.employee_id)",
  },
  {
    key: "certification_rate",
    name: { en: "Certification rate", da: "Certificeringsgrad" },
    description: {
      en: "A snapshot: in the last month of the period that has rows, the share of that month's rows with certified = yes (a quarter takes its last such month, not an average).",
      da: "Et øjebliksbillede: i periodens sidste måned med rækker, andelen af den måneds rækker med certified = yes (et kvartal bruger sin sidste sådanne måned, ikke et gennemsnit).",
    },
    unit: "percent",
    polarity: "higher",
    kind: "level",
    ...learning,
    expression: "latest(count(training_log where certified) / count(training_log))",
  },
];
