// The app's words in English and Danish (en.json, da.json), with `{name}` placeholders.

import da from "./da.json" with { type: "json" };
import en from "./en.json" with { type: "json" };

export type Language = "en" | "da";
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

// The Danish file must have every key the English one has: the type says so.
const messages: Record<Language, Record<MessageKey, string>> = { en, da };

/** The words of `language`, with each `{name}` replaced by `values[name]`. */
export function translator(language: Language): Translate {
  return (key, values = {}) =>
    messages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
