// Any failure while drawing a page is shown as a message with a way on, never as a blank
// page: React removes everything below a component that throws, unless a boundary catches it.

import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useLanguage } from "../i18n/language.tsx";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When it changes (the user went to another address), a failed page is drawn afresh. */
  resetKey?: string;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // For whoever opens the browser's console to report it.
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override render(): ReactNode {
    if (this.state.error) return <RenderFailure error={this.state.error} />;
    return this.props.children;
  }
}

function RenderFailure({ error }: { error: Error }) {
  const { t } = useLanguage();
  return (
    <Alert color="red" title={t("crash.title")} role="alert" data-testid="render-failure">
      <Stack gap="xs">
        <Text size="sm">{t("crash.explanation")}</Text>
        <Code block>{error.message}</Code>
        <Group gap="sm">
          <Button size="xs" variant="default" onClick={() => location.reload()}>
            {t("crash.reload")}
          </Button>
          <Button size="xs" variant="subtle" component="a" href="/">
            {t("crash.home")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
