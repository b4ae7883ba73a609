import * as React from 'react';
import { Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Lang } from '../../core/model/text';
import type { WorkbookApi } from '../../excel/workbook-api';
import { STEPS, STEP_LABEL, StepId, UI } from '../texts';
import { kommunenOf } from '../workflow/kommune-choice';
import { useWorkflow } from '../workflow/use-workflow';
import { CheckStep } from './CheckStep';
import { ComputeStep } from './ComputeStep';
import { ConflictDialog } from './ConflictDialog';
import { DataStep } from './DataStep';
import { MethodStep } from './MethodStep';
import { NoticeBar } from './NoticeBar';
import { ProfileStep } from './ProfileStep';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  tabs: {
    // Five tabs fit Excel's default pane width (350 px) in one row; wider panes keep the same look.
    flexWrap: 'wrap',
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`,
  },
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  tabText: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

export interface PaneProps {
  api: WorkbookApi;
  lang: Lang;
  appVersion: string;
  now?: () => Date;
}

/** The five steps of the analyst's workflow, as tabs, with the message of the last action above them. */
export function Pane({ api, lang, appVersion, now }: PaneProps): React.JSX.Element {
  const styles = useStyles();
  const [state, actions] = useWorkflow({ api, lang, appVersion, ...(now ? { now } : {}) });
  const id = React.useId();
  const tabId = (step: StepId) => `${id}-tab-${step}`;
  const panelId = `${id}-panel`;
  const busy = state.busy !== null;
  const years = state.inspection?.years ?? [];
  const kommunen = React.useMemo(() => kommunenOf(state.inspection, state.year), [state.inspection, state.year]);
  return (
    <div className={styles.pane}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={state.step}
        onTabSelect={(_, data) => actions.setStep(data.value as StepId)}
        aria-label={UI.stepsLabel[lang]}
      >
        {STEPS.map((step) => (
          <Tab
            key={step}
            value={step}
            id={tabId(step)}
            aria-controls={panelId}
            className={styles.tab}
            content={{ className: styles.tabText }}
          >
            {STEP_LABEL[step][lang]}
          </Tab>
        ))}
      </TabList>
      {state.notice && <NoticeBar notice={state.notice} lang={lang} onDismiss={actions.dismissNotice} />}
      {busy && state.busy !== 'berechnen' && <Spinner size="tiny" labelPosition="after" label={UI.busy[lang]} />}
      <div className={styles.panel} role="tabpanel" id={panelId} aria-labelledby={tabId(state.step)}>
        {state.step === 'daten' && (
          <DataStep
            source={state.source}
            choices={state.choices}
            inspection={state.inspection}
            inputProblem={state.inputProblem}
            busy={busy}
            lang={lang}
            onChooseSource={actions.chooseSource}
            onReload={actions.reload}
            onCreateTemplate={actions.createTemplate}
            onAddYear={actions.addNewYear}
          />
        )}
        {state.step === 'pruefen' && (
          <CheckStep inspection={state.inspection} busy={busy} lang={lang} onSelect={actions.selectIssue} onReload={actions.reload} />
        )}
        {state.step === 'berechnen' && (
          <ComputeStep
            years={years}
            year={state.year}
            kommunen={kommunen}
            choice={state.choice}
            computed={state.computed?.result ?? null}
            stale={state.stale}
            progress={state.progress}
            busy={busy}
            lang={lang}
            onYear={actions.setYear}
            onProfiles={actions.setProfiles}
            onOverlay={actions.setOverlay}
            onCompute={actions.compute}
            onOpenProfile={actions.openProfile}
          />
        )}
        {state.step === 'profil' && (
          <ProfileStep
            result={state.inspection}
            year={state.year}
            kommune={state.kommune}
            busy={busy}
            lang={lang}
            onYear={actions.setYear}
            onKommune={actions.setKommune}
          />
        )}
        {state.step === 'methode' && <MethodStep method={state.method} busy={busy} lang={lang} onSave={actions.saveMethod} />}
      </div>
      <ConflictDialog conflicts={state.conflicts} lang={lang} onChoose={actions.resolveConflict} />
    </div>
  );
}
