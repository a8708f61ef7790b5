import { createTheme } from "@mantine/core";

// The system font stack: nothing is fetched from outside at run time.
export const theme = createTheme({
  primaryColor: "indigo",
  defaultRadius: "md",
});
