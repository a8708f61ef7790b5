// The app's language: English or Danish, switchable and remembered in the browser; the
// first time, the browser's own languages choose. Every string comes from en.json/da.json.

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import type { Wording } from "../api/types.ts";
import { type Language, type MessageKey, type Translate, translator } from "./messages.ts";

export type { Language, MessageKey, Translate };

const storageKey = "fourfold.language";

/** The remembered choice, else the first of the browser's languages we speak, else English. */
export function initialLanguage(): Language {
  const saved = readSaved();
  if (saved) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split("-")[0];
    if (primary === "da" || primary === "en") return primary;
  }
  return "en";
}

function readSaved(): Language | undefined {
  try {
    const saved = localStorage.getItem(storageKey);
    return saved === "da" || saved === "en" ? saved : undefined;
  } catch {
    return undefined; // Storage can be switched off; the browser's language still serves.
  }
}

interface LanguageContext {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** A name the user gave, in the current language (one text may serve both). */
  name: (wording: Wording | undefined, fallback?: string) => string;
}

const Context = createContext<LanguageContext | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, choose] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered, but still switched.
    }
    choose(next);
  }, []);
  const t = useMemo(() => translator(language), [language]);
  const name = useCallback(
    (wording: Wording | undefined, fallback = "") => {
      if (wording === undefined) return fallback;
      return typeof wording === "string" ? wording : wording[language];
    },
    [language],
  );
  return <Context.Provider value={{ language, setLanguage, t, name }}>{children}</Context.Provider>;
}

export function useLanguage(): LanguageContext {
  const context = useContext(Context);
  if (!context) throw new Error("useLanguage outside LanguageProvider");
  return context;
}
