import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the broken part; `retry` resets the boundary. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
  /** Changing this (e.g. the route) clears a shown error. */
  resetKey?: unknown;
  onRetry?: () => void;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * What a Retry must undo besides the boundary's own state: a module that keeps a failed download
 * (so that renders do not retry it in a loop) registers here to forget it, so Retry fetches afresh.
 * @example retryHooks.add(() => { failedPromise = null; });
 */
export const retryHooks = new Set<() => void>();

/** Catches render and chunk-loading errors, so a failure never leaves a white screen. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  retry = () => {
    for (const hook of retryHooks) hook();
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
