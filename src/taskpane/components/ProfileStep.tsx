import * as React from 'react';
import { Body1, Field, Select, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { RADAR_AXES, RunResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { medianProfile } from '../../core/sheets/profile';
import { AXIS_LABEL } from '../../core/sheets/vergleich';
import { PROFILE } from '../result-texts';
import { formatScore, say } from '../texts';
import { previousRow, strengthsAndWeaknesses } from '../workflow/summary';
import { CriterionLevels } from './CriterionLevels';
import { ItemList } from './ItemList';
import type { RadarSeries } from './RadarChart';
import { Section } from './Section';
import { YearSelect } from './YearSelect';

/** The chart is drawn only in this step, so its code loads when the step is first opened. */
const RadarChart = React.lazy(() => import(/* webpackChunkName: "radar" */ './RadarChart'));

const useStyles = makeStyles({
  pickers: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  kommune: {
    flexGrow: 1,
    minWidth: '10em',
  },
  heading: {
    margin: 0,
  },
  layout: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    flexGrow: 1,
    flexBasis: '140px',
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
});

export interface ProfileStepProps {
  result: RunResult | null;
  year: number | null;
  kommune: string | null;
  busy: boolean;
  lang: Lang;
  onYear: (year: number) => void;
  onKommune: (kommune: string) => void;
}

/** Step 4: one Kommune's radar against its previous year and the median, its criteria, strengths and weaknesses. */
export function ProfileStep({ result, year, kommune, busy, lang, onYear, onKommune }: ProfileStepProps): React.JSX.Element {
  const styles = useStyles();
  const criteriaId = React.useId();
  const rows = result && year !== null ? result.rows.filter((r) => r.jahr === year) : [];
  const row = rows.find((r) => r.kommune === kommune) ?? rows[0];
  if (!result || year === null || !row) {
    return (
      <Section title={PROFILE.heading[lang]}>
        <Body1 as="p">{PROFILE.noData[lang]}</Body1>
      </Section>
    );
  }
  const previous = previousRow(result, row);
  const series: RadarSeries[] = [
    { name: say(PROFILE.seriesCurrent, lang, { year }), kind: 'current', values: RADAR_AXES.map((a) => row.radar[a]) },
  ];
  if (previous)
    series.push({
      name: say(PROFILE.seriesPrevious, lang, { year: previous.jahr }),
      kind: 'previous',
      values: RADAR_AXES.map((a) => previous.radar[a]),
    });
  series.push({ name: say(PROFILE.seriesMedian, lang, { n: rows.length, year }), kind: 'median', values: medianProfile(rows) });
  const bands = result.method.levelBands;
  const words = strengthsAndWeaknesses(row, result.method);
  const title = say(PROFILE.title, lang, { kommune: row.kommune, year });
  return (
    <Section title={PROFILE.heading[lang]}>
      <div className={styles.pickers}>
        <Field label={PROFILE.kommuneLabel[lang]} className={styles.kommune}>
          <Select value={row.kommune} disabled={busy} onChange={(_, data) => onKommune(data.value)}>
            {rows.map((r) => (
              <option key={r.kommune} value={r.kommune}>
                {r.kommune}
              </option>
            ))}
          </Select>
        </Field>
        <YearSelect label={PROFILE.yearLabel[lang]} years={result.years} year={year} disabled={busy} onChange={onYear} />
      </div>
      <Subtitle2 as="h3" className={styles.heading}>
        {title}
      </Subtitle2>
      <div className={styles.layout}>
        <React.Suspense fallback={<Body1 as="p">{PROFILE.loadingChart[lang]}</Body1>}>
          <RadarChart
            axes={RADAR_AXES.map((a) => AXIS_LABEL[a][lang])}
            series={series}
            bands={[bands.II, bands.III]}
            summary={say(PROFILE.radarLabel, lang, { kommune: row.kommune, year })}
            caption={PROFILE.tableCaption[lang]}
            axisHeader={PROFILE.axis[lang]}
            formatValue={(v) => (v === null ? '–' : formatScore(v, lang))}
          />
        </React.Suspense>
        <div className={styles.column}>
          <Subtitle2 as="h4" id={criteriaId} className={styles.heading}>
            {PROFILE.criteriaHeading[lang]}
          </Subtitle2>
          <CriterionLevels row={row} lang={lang} headingId={criteriaId} />
        </div>
      </div>
      <Body1 as="p" className={styles.hint}>
        {say(PROFILE.bands, lang, { low: bands.II, high: bands.III })}
      </Body1>
      {words.allEqual !== null ? (
        <Body1 as="p">{say(PROFILE.allEqual, lang, { score: formatScore(words.allEqual, lang) })}</Body1>
      ) : Object.keys(row.items).length === 0 ? (
        <Body1 as="p">{PROFILE.noItems[lang]}</Body1>
      ) : (
        <>
          <ItemList title={PROFILE.strengths[lang]} items={words.strengths} more={words.moreStrengths} lang={lang} />
          <ItemList title={PROFILE.weaknesses[lang]} items={words.weaknesses} more={words.moreWeaknesses} lang={lang} />
        </>
      )}
    </Section>
  );
}
