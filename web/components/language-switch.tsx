import { SegmentedControl } from "@mantine/core";
import { type Language, useLanguage } from "../i18n/language.tsx";

/** English or Danish, remembered in this browser. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useLanguage();
  return (
    <SegmentedControl
      aria-label={t("language.choose")}
      size="xs"
      value={language}
      onChange={(value) => setLanguage(value as Language)}
      data={[
        { value: "en", label: "English" },
        { value: "da", label: "Dansk" },
      ]}
    />
  );
}
