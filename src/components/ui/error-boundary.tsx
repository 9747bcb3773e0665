import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What replaces the children; given a function, it gets one that tries them again. */
  fallback: ReactNode | ((retry: () => void) => ReactNode);
  children: ReactNode;
  /** Called once the fallback is shown (after the commit, never during a render). */
  onCaught?: (() => void) | undefined;
}

/** Keeps a failing visual from taking the article down with it. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Reported for the developer console; the reader sees the fallback.
    console.info(
      'A visual failed and was replaced by its fallback:',
      error.message,
      info.componentStack,
    );
    this.props.onCaught?.();
  }

  retry = () => this.setState({ failed: false });

  render() {
    const { fallback, children } = this.props;
    if (!this.state.failed) return children;
    return typeof fallback === 'function' ? fallback(this.retry) : fallback;
  }
}
