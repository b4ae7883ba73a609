import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import type { ConflictResolution, SheetConflict } from '../../excel/ownership';
import { CONFLICT, CONFLICT_REASON } from '../method-texts';
import { say } from '../texts';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  sheet: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface ConflictDialogProps {
  /** The changed sheets; the dialog is open while this is not null. */
  conflicts: readonly SheetConflict[] | null;
  lang: Lang;
  onChoose: (choice: ConflictResolution | 'cancel') => void;
}

/** Asks before a run replaces result sheets the user changed: keep a copy, replace, or cancel. */
export function ConflictDialog({ conflicts, lang, onChoose }: ConflictDialogProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Dialog
      open={conflicts !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onChoose('cancel');
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{CONFLICT.title[lang]}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p">{CONFLICT.intro[lang]}</Body1>
            <ul className={styles.list}>
              {(conflicts ?? []).map((c) => (
                <li key={`${c.key}\u0000${c.reason}`}>
                  <span className={styles.sheet}>
                    {say(CONFLICT.item, lang, { name: c.name, reason: CONFLICT_REASON[c.reason][lang] })}
                  </span>
                </li>
              ))}
            </ul>
            <Body1 as="p">{CONFLICT.question[lang]}</Body1>
            <ul className={styles.list}>
              <li>{CONFLICT.keepCopyHint[lang]}</li>
              <li>{CONFLICT.replaceHint[lang]}</li>
              <li>{CONFLICT.cancelHint[lang]}</li>
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onChoose('keepCopy')}>
              {CONFLICT.keepCopy[lang]}
            </Button>
            <Button onClick={() => onChoose('replace')}>{CONFLICT.replace[lang]}</Button>
            <Button onClick={() => onChoose('cancel')}>{CONFLICT.cancel[lang]}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
