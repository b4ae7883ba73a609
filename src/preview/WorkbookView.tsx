import * as React from 'react';
import { Body1, Subtitle1, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Lang } from '../core/model/text';
import { say } from '../taskpane/texts';
import { PREVIEW } from './preview-texts';
import { VIEW_LIMIT, WorkbookPicture } from './preview-host';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { margin: 0 },
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
  },
  caption: {
    textAlign: 'left',
    padding: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  head: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    maxWidth: '16em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'right',
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
  },
  charts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface WorkbookViewProps {
  picture: WorkbookPicture;
  lang: Lang;
}

/** The simulated workbook: sheet tabs, the cells of the shown sheet, its chart titles and the selection. */
export function WorkbookView({ picture, lang }: WorkbookViewProps): React.JSX.Element {
  const styles = useStyles();
  const [chosen, setChosen] = React.useState<string | null>(null);
  // Follow the workbook's active sheet whenever it changes (a run activates Typologie, a finding its sheet).
  React.useEffect(() => {
    setChosen(picture.active);
  }, [picture]);
  const name = chosen !== null && picture.sheets.includes(chosen) ? chosen : (picture.active ?? picture.sheets[0] ?? null);
  const sheet = name === null ? undefined : picture.pictures.get(name);
  const selectedCell = React.useRef<HTMLTableCellElement | null>(null);
  React.useEffect(() => {
    selectedCell.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet?.selection, name]);
  const truncated = sheet !== undefined && (sheet.columns.length >= VIEW_LIMIT.cols || sheet.cells.length >= VIEW_LIMIT.rows);
  return (
    <section className={styles.root} aria-label={PREVIEW.workbookHeading[lang]}>
      <Subtitle1 as="h2" className={styles.heading}>
        {PREVIEW.workbookHeading[lang]}
      </Subtitle1>
      <TabList
        size="small"
        selectedValue={name ?? ''}
        onTabSelect={(_, d) => setChosen(String(d.value))}
        aria-label={PREVIEW.sheetTabs[lang]}
      >
        {picture.sheets.map((s) => (
          <Tab key={s} value={s}>
            {s}
          </Tab>
        ))}
      </TabList>
      {sheet && sheet.selection && <Body1>{say(PREVIEW.selection, lang, { cell: sheet.selection })}</Body1>}
      {sheet && sheet.chartTitles.length > 0 && (
        <div>
          <Body1>{PREVIEW.charts[lang]}:</Body1>
          <ul className={styles.charts}>
            {sheet.chartTitles.map((title, i) => (
              <li key={i}>{title}</li>
            ))}
          </ul>
        </div>
      )}
      {sheet && sheet.cells.length === 0 && <Body1>{PREVIEW.emptySheet[lang]}</Body1>}
      {sheet && sheet.cells.length > 0 && (
        <div
          key={sheet.name}
          className={styles.scroller}
          tabIndex={0}
          role="region"
          aria-label={say(PREVIEW.sheetCaption, lang, { sheet: sheet.name })}
        >
          <table className={styles.table} data-sheet={sheet.name}>
            <caption className={styles.caption}>{say(PREVIEW.sheetCaption, lang, { sheet: sheet.name })}</caption>
            <thead>
              <tr>
                <td className={mergeClasses(styles.cell, styles.head)} />
                {sheet.columns.map((c) => (
                  <th key={c} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sheet.cells.map((row, r) => (
                <tr key={r}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.rowHead)}>
                    {sheet.origin.row + r + 1}
                  </th>
                  {row.map((text, c) => {
                    const address = `${sheet.columns[c] ?? ''}${sheet.origin.row + r + 1}`;
                    return (
                      <td
                        key={c}
                        ref={address === sheet.selection ? selectedCell : undefined}
                        className={mergeClasses(styles.cell, address === sheet.selection && styles.selected)}
                        title={text || undefined}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {truncated && <Body1>{say(PREVIEW.truncated, lang, { rows: VIEW_LIMIT.rows, cols: VIEW_LIMIT.cols })}</Body1>}
    </section>
  );
}
