// What a page shows while it waits for the API, or when the API said no.

import { Alert, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { ApiState } from "../api/use-api.ts";
import { useLanguage } from "../i18n/language.tsx";

export function Waiting() {
  const { t } = useLanguage();
  return (
    <Stack align="center" p="xl" role="status">
      <Loader />
      <Text c="dimmed">{t("loading")}</Text>
    </Stack>
  );
}

export function Failed({ error }: { error: Error }) {
  const { t } = useLanguage();
  return (
    <Alert color="red" title={t("error.title")} role="alert">
      {error.message}
    </Alert>
  );
}

/** Renders `children` with the answer, or waiting, or the error. */
export function WithAnswer<T>({
  state,
  children,
}: {
  state: ApiState<T>;
  children: (data: T) => ReactNode;
}) {
  if (state.status === "error") return <Failed error={state.error} />;
  if (state.status === "loading") return <Waiting />;
  return <>{children(state.data)}</>;
}
