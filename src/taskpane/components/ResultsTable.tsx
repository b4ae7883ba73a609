import * as React from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { describeFlags } from '../../core/describe';
import { CRITERIA } from '../../core/model/level';
import { RowResult } from '../../core/model/result';
import { Lang } from '../../core/model/text';
import { UI } from '../texts';
import { CriterionValue } from './CriterionValue';
import { TypeBadge } from './TypeBadge';

const useStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
  },
  table: {
    // Fluent's fixed layout gives every column the same width; the notes need more than the year.
    tableLayout: 'auto',
  },
  kommune: {
    hyphens: 'auto',
  },
  number: {
    whiteSpace: 'nowrap',
  },
  notes: {
    minWidth: '12em',
  },
  top: {
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  flags: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface ResultsTableProps {
  rows: readonly RowResult[];
  lang: Lang;
}

export function ResultsTable({ rows, lang }: ResultsTableProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table size="small" aria-label={UI.tableLabel[lang]} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{UI.colKommune[lang]}</TableHeaderCell>
            <TableHeaderCell>{UI.colJahr[lang]}</TableHeaderCell>
            <TableHeaderCell>{UI.colTyp[lang]}</TableHeaderCell>
            {CRITERIA.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
            <TableHeaderCell>{UI.colHinweise[lang]}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={`${row.kommune}\u0000${row.jahr}`}>
              <TableCell className={mergeClasses(styles.top, styles.kommune)}>{row.kommune}</TableCell>
              <TableCell className={mergeClasses(styles.top, styles.number)}>{row.jahr}</TableCell>
              <TableCell className={styles.top}>
                <TypeBadge type={row.type} lang={lang} />
              </TableCell>
              {CRITERIA.map((c) => (
                <TableCell key={c} className={styles.top}>
                  <CriterionValue result={row.criteria[c]} lang={lang} />
                </TableCell>
              ))}
              <TableCell className={mergeClasses(styles.top, styles.notes)}>
                <ul className={styles.flags}>
                  {describeFlags(row, lang).map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
