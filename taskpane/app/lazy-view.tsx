// A view whose code is loaded the first time it is shown (React.lazy + a webpack chunk), so that the pane's
// first JavaScript is the shell and Home only. While the code arrives the view's place holds a spinner of a
// fixed height (the header, tabs and status line above never move); a chunk that cannot be loaded (network
// gone, add-in updated under the open pane) is said in a readable message instead of a blank view.
import { MessageBar, MessageBarBody, Spinner, makeStyles } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";

const useStyles = makeStyles({
  // Tall enough for the start of any view at 320 px, so that the page below the tabs does not collapse and
  // spring back when the view arrives.
  placeholder: { minHeight: "320px", boxSizing: "border-box", paddingTop: "24px" },
});

interface LoadFailureProps {
  readonly message: (reason: string) => string;
  readonly children: ReactNode;
}

/** Catches a view whose chunk failed to load and says so; any other error is caught the same way. */
class LoadFailure extends Component<LoadFailureProps, { reason: string | undefined }> {
  override state: { reason: string | undefined } = { reason: undefined };

  static getDerivedStateFromError(error: unknown): { reason: string } {
    return { reason: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.reason === undefined) return this.props.children;
    return (
      <div role="alert">
        <MessageBar intent="error">
          <MessageBarBody>{this.props.message(this.state.reason)}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
}

export interface LazyViewProps {
  /** The spinner's label ("Loading…"), in the pane's language. */
  readonly loading: string;
  /** The message when the view's code cannot be loaded, given the browser's reason. */
  readonly failed: (reason: string) => string;
  readonly children: ReactNode;
}

/** Where a lazily loaded view is shown: a fixed-height loading state until its code has arrived. */
export function LazyView({ loading, failed, children }: LazyViewProps) {
  const styles = useStyles();
  return (
    <LoadFailure message={failed}>
      <Suspense
        fallback={
          <div className={styles.placeholder} data-loading-view="">
            <Spinner size="small" label={loading} />
          </div>
        }
      >
        {children}
      </Suspense>
    </LoadFailure>
  );
}
