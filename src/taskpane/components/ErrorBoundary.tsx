import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import { UI } from '../texts';

const useStyles = makeStyles({
  details: {
    marginTop: tokens.spacingVerticalS,
  },
  pre: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ErrorBoundaryProps {
  lang: Lang;
  children: React.ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** The one place unexpected errors end up: a message for the user, the technical text folded away. */
export class ErrorBoundary extends React.Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: React.ErrorInfo): void {
    console.error('Kooperationsmonitor: unexpected error', error, info.componentStack);
  }

  override render(): React.ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <UnexpectedError error={error} lang={this.props.lang} />;
  }
}

interface UnexpectedErrorProps {
  error: Error;
  lang: Lang;
}

function UnexpectedError({ error, lang }: UnexpectedErrorProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{UI.unexpectedError[lang]}</MessageBarTitle>
        {UI.unexpectedErrorHelp[lang]}
        <details className={styles.details}>
          <summary>{UI.details[lang]}</summary>
          <pre className={styles.pre}>{`${error.name}: ${error.message}`}</pre>
        </details>
      </MessageBarBody>
    </MessageBar>
  );
}
