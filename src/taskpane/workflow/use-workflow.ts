import * as React from 'react';
import { ValidationIssue } from '../../core/model/issue';
import { Method } from '../../core/model/method';
import { RunResult } from '../../core/model/result';
import { Lang, Text } from '../../core/model/text';
import type { ProgressStep } from '../../excel/compute-report';
import type { InputChoices } from '../../excel/inspect-input';
import type { ConflictResolution, SheetConflict } from '../../excel/ownership';
import { DEFAULT_TABLE, InputSource } from '../../excel/read-input';
import type { WorkbookApi } from '../../excel/workbook-api';
import { ActionId, StepId } from '../texts';
import { choiceRequest, keepChoice, KommuneChoice, NO_CHOICE } from './kommune-choice';
import { Notice, noticeFromError, userText } from './notice';
import { computedNotice, methodNotice, selectedNotice, templateNotice, yearNotice, CANCELLED_NOTICE } from './notices';
import { pickYear } from './summary';

export interface WorkflowState {
  step: StepId;
  source: InputSource;
  choices: InputChoices | null;
  /** The input read and computed without writing (after every read, save and run). */
  inspection: RunResult | null;
  /** Why there is no inspection (no table, empty sheet), as the user's message. */
  inputProblem: Text | null;
  /** The method stored in the workbook; null until loaded. */
  method: Method | null;
  /** The last run that wrote the sheets. */
  computed: { result: RunResult; sheets: string[] } | null;
  /** Data or method differ from the last run. */
  stale: boolean;
  year: number | null;
  /** The Kommunen chosen for the Profile sheet's charts (empty: the defaults), kept to those of the year. */
  choice: KommuneChoice;
  kommune: string | null;
  busy: ActionId | null;
  progress: ProgressStep | null;
  conflicts: SheetConflict[] | null;
  notice: Notice | null;
}

export interface WorkflowActions {
  setStep(step: StepId): void;
  chooseSource(source: InputSource): void;
  reload(): void;
  createTemplate(sample: boolean): void;
  addNewYear(): void;
  selectIssue(issue: ValidationIssue): void;
  setYear(year: number): void;
  setProfiles(names: readonly string[]): void;
  setOverlay(names: readonly string[]): void;
  compute(): void;
  resolveConflict(choice: ConflictResolution | 'cancel'): void;
  setKommune(kommune: string): void;
  openProfile(kommune: string): void;
  saveMethod(method: Method): void;
  dismissNotice(): void;
}

export interface WorkflowOptions {
  api: WorkbookApi;
  lang: Lang;
  appVersion: string;
  /** The clock for the run's timestamp (tests pass a fixed one). */
  now?: () => Date;
}

const INITIAL: WorkflowState = {
  step: 'daten',
  source: { table: DEFAULT_TABLE },
  choices: null,
  inspection: null,
  inputProblem: null,
  method: null,
  computed: null,
  stale: false,
  year: null,
  choice: NO_CHOICE,
  kommune: null,
  busy: null,
  progress: null,
  conflicts: null,
  notice: null,
};

/** Whether two runs give the same rows with the same method (then the written sheets are current). */
function sameOutcome(a: RunResult, b: RunResult): boolean {
  return JSON.stringify([a.method, a.rows]) === JSON.stringify([b.method, b.rows]);
}

/** The analyst's workflow: state and the actions of the five steps, all through the injected WorkbookApi. */
export function useWorkflow({ api, lang, appVersion, now = () => new Date() }: WorkflowOptions): [WorkflowState, WorkflowActions] {
  const [state, setState] = React.useState<WorkflowState>(INITIAL);
  const current = React.useRef(state);
  current.current = state;
  const busy = React.useRef<ActionId | null>(null);
  const langRef = React.useRef(lang);
  langRef.current = lang;
  const clock = React.useRef(now);
  clock.current = now;

  const patch = React.useCallback((p: Partial<WorkflowState> | ((s: WorkflowState) => Partial<WorkflowState>)) => {
    setState((s) => {
      const next = { ...s, ...(typeof p === 'function' ? p(s) : p) };
      current.current = next;
      return next;
    });
  }, []);

  /** Runs one action at a time; a failure becomes a message, never an unhandled rejection. */
  const run = React.useCallback(
    async (action: ActionId, body: () => Promise<void>) => {
      if (busy.current !== null) return;
      busy.current = action;
      patch({ busy: action });
      try {
        await body();
      } catch (error) {
        patch({ notice: noticeFromError(error, action) });
      } finally {
        busy.current = null;
        patch({ busy: null, progress: null });
      }
    },
    [patch],
  );

  /** Reads the table list and the input (read and compute, no writes). */
  const read = React.useCallback(
    async (source: InputSource) => {
      const [choices, inspected] = await Promise.all([
        api.listInputChoices(),
        api.inspect(source).then(
          (result) => ({ result, error: null }),
          (error: unknown) => ({ result: null, error }),
        ),
      ]);
      if (inspected.error !== null && userText(inspected.error) === null) throw inspected.error;
      const result = inspected.result;
      patch((s) => {
        const year = result ? pickYear(result.years, s.year) : s.year;
        return {
          choices,
          inspection: result,
          inputProblem: inspected.error === null ? null : userText(inspected.error),
          year,
          // Without a readable input the selections wait for the next read rather than being lost.
          choice: result ? keepChoice(s.choice, result, year) : s.choice,
          stale: s.computed !== null && (result === null || !sameOutcome(result, s.computed.result)),
        };
      });
    },
    [api, patch],
  );

  /** The stored method (unless already loaded) and the input, side by side: one failing does not hold up the other. */
  const load = React.useCallback(
    () =>
      run('laden', async () => {
        const method = current.current.method === null ? api.loadMethod().then((m) => patch({ method: m })) : Promise.resolve();
        await Promise.all([method, read(current.current.source)]);
      }),
    [api, patch, read, run],
  );

  React.useEffect(() => {
    void load();
  }, [load]);

  const compute = React.useCallback(
    (resolution?: ConflictResolution) =>
      void run('berechnen', async () => {
        const s = current.current;
        patch({ progress: 'lesen', conflicts: null });
        const outcome = await api.compute({
          source: s.source,
          lang: langRef.current,
          year: s.year,
          runAt: clock.current().toISOString(),
          appVersion,
          ...choiceRequest(s.choice),
          onProgress: (step) => patch({ progress: step }),
          ...(resolution ? { resolution } : {}),
        });
        if (outcome.status === 'conflict') {
          patch({ conflicts: outcome.conflicts });
          return;
        }
        const result = outcome.result;
        patch((p) => {
          const year = pickYear(result.years, p.year);
          return {
            computed: { result, sheets: outcome.sheets },
            inspection: result,
            inputProblem: null,
            stale: false,
            year,
            choice: keepChoice(p.choice, result, year),
            notice: computedNotice(result, outcome.sheets),
          };
        });
      }),
    [api, appVersion, patch, run],
  );

  const actions = React.useMemo<WorkflowActions>(
    () => ({
      setStep: (step) => patch({ step }),
      chooseSource: (source) => {
        patch({ source });
        void run('laden', () => read(source));
      },
      reload: () => void load(),
      createTemplate: (sample) =>
        void run(sample ? 'beispiel' : 'vorlage', async () => {
          const { sheet } = await api.createTemplate(langRef.current, sample);
          const source = { table: DEFAULT_TABLE };
          patch({ source, notice: templateNotice(sample, sheet) });
          await read(source);
        }),
      addNewYear: () =>
        void run('jahr', async () => {
          const { added } = await api.addNewYear(current.current.source.table);
          patch({ notice: yearNotice(added) });
          await read(current.current.source);
        }),
      selectIssue: (issue) =>
        void run('auswahl', async () => {
          await api.selectCell(issue.sheet, issue.cell);
          patch({ notice: selectedNotice(issue) });
        }),
      setYear: (year) => patch((s) => ({ year, choice: keepChoice(s.choice, s.inspection, year) })),
      setProfiles: (profiles) => patch((s) => ({ choice: { ...s.choice, profiles } })),
      setOverlay: (overlay) => patch((s) => ({ choice: { ...s.choice, overlay } })),
      compute: () => compute(),
      resolveConflict: (choice) => {
        if (choice === 'cancel') patch({ conflicts: null, notice: CANCELLED_NOTICE });
        else compute(choice);
      },
      setKommune: (kommune) => patch({ kommune }),
      openProfile: (kommune) => patch({ kommune, step: 'profil' }),
      saveMethod: (method) =>
        void run('methode', async () => {
          await api.saveMethod(method);
          patch((s) => ({ method, notice: methodNotice(method, s.computed !== null) }));
          await read(current.current.source);
        }),
      dismissNotice: () => patch({ notice: null }),
    }),
    [api, compute, load, patch, read, run],
  );
  return [state, actions];
}
