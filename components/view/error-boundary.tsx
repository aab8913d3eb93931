"use client";

import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What replaces the children after an error; `retry` draws them again. */
  fallback: (retry: () => void) => ReactNode;
  onError?: (error: Error) => void;
  children: ReactNode;
}

/**
 * Keeps a failure inside one part of the page (a chart, the map): the rest stays, and the part
 * shows its fallback with a way to try again. React has error boundaries only as classes.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null; attempt: number }> {
  override state = { error: null as Error | null, attempt: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${error.message}${info.componentStack ?? ""}`);
    this.props.onError?.(error);
  }

  private retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    if (this.state.error) return this.props.fallback(this.retry);
    // A new key on retry remounts the children from scratch.
    return <ErrorBoundaryAttempt key={this.state.attempt}>{this.props.children}</ErrorBoundaryAttempt>;
  }
}

function ErrorBoundaryAttempt({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
