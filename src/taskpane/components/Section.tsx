import * as React from 'react';
import { Subtitle1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // The column gap spaces the parts; paragraphs add no margins of their own.
    '& p': {
      marginTop: 0,
      marginBottom: 0,
    },
  },
  heading: {
    margin: 0,
  },
});

export interface SectionProps {
  title: string;
  children: React.ReactNode;
}

/** One step of the workflow: a section named by its heading. */
export function Section({ title, children }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const id = React.useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle1 as="h2" id={id} className={styles.heading}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}
