import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { Box, Group, Paper, Stack, Table, Text, useMantineTheme, type TableProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/*
 * One way for tables on narrow screens: from the `sm` breakpoint on a Mantine table, below it a stacked list of
 * cards, one per row: the title on top, then "label: value" lines, then the row's actions as wrapping buttons. Every
 * figure and every action of a row stays visible on a 390 px phone without sideways scrolling.
 */

/** True below Mantine's `sm` breakpoint (a phone held upright); false where there is no media query (tests). */
export function useIsPhone(): boolean {
  const theme = useMantineTheme();
  const sm = theme.breakpoints.sm; // "48em"
  const query = sm.endsWith('em') ? `(max-width: ${parseFloat(sm) - 0.01}em)` : `(max-width: calc(${sm} - 0.1px))`;
  return useMediaQuery(query, false, { getInitialValueInEffect: false }) ?? false;
}

export interface ResponsiveColumn<T> {
  key: string;
  /** The header cell's content. */
  header: ReactNode;
  /** The label in front of the value on a card; defaults to `header`. */
  label?: ReactNode;
  /** The cell's (and the card line's) content. */
  cell: (row: T) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** Style of the table cell, e.g. `{ whiteSpace: 'nowrap' }` (not used on the card). */
  style?: CSSProperties;
  /** Props of the table cell for a row, e.g. a test id. */
  cellProps?: (row: T) => Record<string, unknown>;
  /**
   * What the column is on a card: `title` (on top, bold, no label), `actions` (buttons at the bottom, no label),
   * `field` ("label: value" on one line, the default), `block` (label above a full-width value: long texts),
   * `hidden` (left out: the title or another line says it already).
   */
  card?: 'title' | 'actions' | 'field' | 'block' | 'hidden';
  /** Left out on the table from `sm` on (it is on the card only). */
  cardOnly?: boolean;
}

export interface ResponsiveTableProps<T> {
  rows: readonly T[];
  columns: readonly (ResponsiveColumn<T> | false | null | undefined)[];
  rowKey: (row: T) => string | number;
  /** Attributes of a row, on the table row and on the card alike (`data-testid`, `data-*`). */
  rowProps?: (row: T) => Record<string, unknown>;
  /** Test id of the table and of the card list. */
  testId?: string;
  /** Below this width (px) the table scrolls sideways (tablets and narrow windows, not phones). */
  minWidth?: number;
  tableProps?: Omit<TableProps, 'children'>;
  /** Extra lines on a row's card, after its fields (e.g. a hint that the table puts into a cell). */
  cardExtra?: (row: T) => ReactNode;
  /** Force the variant (tests, or a page that knows better); by default it follows the screen width. */
  variant?: 'table' | 'cards';
}

/** A table from the `sm` breakpoint on, a list of cards below it (see above). */
export function ResponsiveTable<T>({
  rows,
  columns,
  rowKey,
  rowProps,
  testId,
  minWidth,
  tableProps,
  cardExtra,
  variant,
}: ResponsiveTableProps<T>) {
  const phone = useIsPhone();
  const cols = columns.filter((c): c is ResponsiveColumn<T> => !!c);
  const cards = variant ? variant === 'cards' : phone;

  if (cards) {
    const titles = cols.filter((c) => c.card === 'title');
    const fields = cols.filter((c) => ['field', 'block'].includes(c.card ?? 'field'));
    const actions = cols.filter((c) => c.card === 'actions');
    return (
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid={testId} data-variant="cards">
        {rows.map((row) => (
          <Paper component="li" withBorder p="sm" radius="md" key={rowKey(row)} {...rowProps?.(row)}>
            <Stack gap={6}>
              {titles.map((c) => (
                <Box key={c.key} fw={600} style={{ overflowWrap: 'anywhere' }} {...c.cellProps?.(row)}>
                  {c.cell(row)}
                </Box>
              ))}
              {fields.map((c) =>
                c.card === 'block' ? (
                  <div key={c.key}>
                    <Text size="sm" c="dimmed">
                      {c.label ?? c.header}
                    </Text>
                    <Box fz="sm" style={{ overflowWrap: 'anywhere' }} {...c.cellProps?.(row)}>
                      {c.cell(row)}
                    </Box>
                  </div>
                ) : (
                <Group key={c.key} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                  <Text size="sm" c="dimmed" style={{ flexShrink: 0, maxWidth: '45%' }}>
                    {c.label ?? c.header}
                  </Text>
                  <Box
                    fz="sm"
                    ta="right"
                    style={{ minWidth: 0, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}
                    {...c.cellProps?.(row)}
                  >
                    {c.cell(row)}
                  </Box>
                </Group>
                ),
              )}
              {cardExtra?.(row)}
              {actions.map((c) => (
                <Group key={c.key} gap="xs" wrap="wrap" {...c.cellProps?.(row)}>
                  {c.cell(row)}
                </Group>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }

  const tableCols = cols;
  const table = (
    <Table data-testid={testId} data-variant="table" {...tableProps}>
      <Table.Thead>
        <Table.Tr>
          {tableCols.map((c) =>
            c.cardOnly ? null : (
              <Table.Th key={c.key} ta={c.align}>
                {c.header}
              </Table.Th>
            ),
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {tableCols.map((c) =>
              c.cardOnly ? null : (
                <Table.Td key={c.key} ta={c.align} style={c.style} {...c.cellProps?.(row)}>
                  {c.card === 'actions' ? (
                    <Group gap="xs" wrap="nowrap" justify={c.align === 'right' ? 'flex-end' : undefined}>
                      {c.cell(row)}
                    </Group>
                  ) : (
                    c.cell(row)
                  )}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : <Fragment>{table}</Fragment>;
}
