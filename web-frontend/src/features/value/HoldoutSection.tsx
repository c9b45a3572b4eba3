import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { BarChart, LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/useAction';
import { formatLocalDate } from '../../format';
import { shiftDate } from '../service/ServicePage';
import { useValueApi } from './api';
import { formatDecimal, isIsoDate } from './format';
import { CsvButton, Figure, Pending, Section } from './parts';
import type { ModelFit } from './types';

/** Weeks before the holdout end where the calibration ends unless chosen. */
export const DEFAULT_HOLDOUT_WEEKS = 26;

const frequencyLabel = (f: number) => (f >= 7 ? '7+' : String(f));

/**
 * Model quality: fits BG/NBD on the purchases up to the calibration end and compares what it expected for the
 * following weeks with what happened (cumulative repeat purchases per week; customers by repeat purchases in the
 * calibration period, expected and actual in the holdout), with the fitted parameters.
 */
export function HoldoutSection({ shopId, today }: { shopId: string; today: string }) {
  const { t } = useTranslation();
  const vapi = useValueApi();
  const [holdoutEnd, setHoldoutEnd] = useState(today);
  const [calibrationEnd, setCalibrationEnd] = useState(() => shiftDate(today, -7 * DEFAULT_HOLDOUT_WEEKS));
  const [fit, setFit] = useState<ModelFit>();
  const action = useAction();
  const valid = isIsoDate(calibrationEnd) && isIsoDate(holdoutEnd) && calibrationEnd < holdoutEnd;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!valid) return;
    await action.run(async () => {
      setFit(await vapi.model(shopId, calibrationEnd, holdoutEnd));
    });
  }

  return (
    <Section title={t('value.holdout.title')} intro={t('value.holdout.intro')}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('value.holdout.form')}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('value.holdout.calibrationEnd')}
              description={t('value.holdout.calibrationEndHint')}
              value={calibrationEnd}
              onChange={(e) => setCalibrationEnd(e.currentTarget.value)}
              error={valid ? undefined : t('value.holdout.invalid')}
            />
            <TextInput
              type="date"
              label={t('value.holdout.holdoutEnd')}
              description={t('value.holdout.holdoutEndHint')}
              value={holdoutEnd}
              onChange={(e) => setHoldoutEnd(e.currentTarget.value)}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="light" loading={action.busy} disabled={!valid} data-testid="value-fit">
              {t('value.holdout.fit')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={action.error} />
      {action.busy && !fit && <Pending text={t('value.holdout.fitting')} />}
      {fit && <FitResult fit={fit} />}
    </Section>
  );
}

function FitResult({ fit }: { fit: ModelFit }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const num = (n: number, digits = 3) => formatDecimal(n, lang, digits);
  const h = fit.holdout;
  const atCalibration = h?.cumulative.find((p) => p.week === h.calibrationWeeks);
  const last = h?.cumulative.at(-1);
  const paramRows: [string, string, number | boolean][] = [];
  if (fit.bgnbd) {
    const b = fit.bgnbd;
    paramRows.push(['BG/NBD', 'r', b.r], ['BG/NBD', 'α', b.alpha], ['BG/NBD', 'a', b.a], ['BG/NBD', 'b', b.b]);
    paramRows.push(['BG/NBD', t('value.holdout.logLikelihood'), b.logLikelihood], ['BG/NBD', t('value.holdout.converged'), b.converged]);
  }
  if (fit.gammaGamma) {
    const g = fit.gammaGamma;
    paramRows.push(['Gamma-Gamma', 'p', g.p], ['Gamma-Gamma', 'q', g.q], ['Gamma-Gamma', 'γ', g.gamma]);
    paramRows.push(['Gamma-Gamma', t('value.holdout.logLikelihood'), g.logLikelihood]);
  }
  const yesNo = (v: number | boolean) => (typeof v === 'boolean' ? (v ? t('value.holdout.yes') : t('value.holdout.no')) : num(v, 4));

  return (
    <Stack gap="md" data-testid="value-fit-result">
      <Text size="sm">
        {t('value.holdout.summary', {
          calibrationEnd: formatLocalDate(fit.calibrationEnd, lang),
          customers: formatDecimal(fit.customers, lang, 0),
          repeaters: formatDecimal(fit.repeaters, lang, 0),
        })}
      </Text>
      {!fit.bgnbd && (
        <Alert color="yellow" title={t('value.holdout.noModel')} data-testid="value-fit-reason">
          {fit.reason ?? t('value.holdout.noReason')}
        </Alert>
      )}
      {paramRows.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={3} size="h5">
              {t('value.holdout.parameters')}
            </Title>
            <CsvButton
              name="value-model-parameters"
              label={t('value.holdout.parameters')}
              rows={() => [
                [t('value.holdout.model'), t('value.holdout.parameter'), t('value.holdout.value')],
                ...paramRows.map(([model, name, v]) => [model, name, v]),
              ]}
            />
          </Group>
          <Table maw={420} data-testid="value-fit-parameters">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('value.holdout.model')}</Table.Th>
                <Table.Th>{t('value.holdout.parameter')}</Table.Th>
                <Table.Th ta="right">{t('value.holdout.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {paramRows.map(([model, name, v]) => (
                <Table.Tr key={`${model}-${name}`}>
                  <Table.Td>{model}</Table.Td>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td ta="right">{yesNo(v)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {fit.bgnbd && !h && <Text size="sm" c="dimmed">{t('value.holdout.noHoldout')}</Text>}
      {h && (
        <>
          {atCalibration && last && (
            <Text size="sm" data-testid="value-holdout-summary">
              {t('value.holdout.compare', {
                weeks: h.weeks,
                expected: num(last.expected - atCalibration.expected, 0),
                actual: num(last.actual - atCalibration.actual, 0),
              })}
            </Text>
          )}
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t('value.holdout.cumulativeTitle')}
              </Title>
              <CsvButton
                name="value-holdout-weeks"
                label={t('value.holdout.cumulativeTitle')}
                rows={() => [
                  [t('value.holdout.week'), t('value.holdout.date'), t('value.holdout.expected'), t('value.holdout.actual')],
                  ...h.cumulative.map((p) => [p.week, p.date, p.expected, p.actual]),
                ]}
              />
            </Group>
            <Figure
              testId="value-holdout-chart"
              label={t('value.holdout.cumulativeChart', {
                weeks: h.cumulative.length,
                calibrationEnd: formatLocalDate(fit.calibrationEnd, lang),
              })}
            >
              <LineChart
                h={260}
                data={h.cumulative.map((p) => ({ week: p.week, expected: p.expected, actual: p.actual }))}
                dataKey="week"
                withDots={false}
                curveType="linear"
                withLegend
                xAxisLabel={t('value.holdout.week')}
                valueFormatter={(v) => num(v, 0)}
                series={[
                  { name: 'expected', label: t('value.holdout.expected'), color: 'blue.6', strokeDasharray: '6 4' },
                  { name: 'actual', label: t('value.holdout.actual'), color: 'teal.7' },
                ]}
                referenceLines={[{ x: h.calibrationWeeks, label: t('value.holdout.calibrationMarker'), color: 'gray.7' }]}
              />
            </Figure>
          </Stack>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t('value.holdout.frequencyTitle')}
              </Title>
              <CsvButton
                name="value-holdout-frequency"
                label={t('value.holdout.frequencyTitle')}
                rows={() => [
                  [t('value.holdout.frequency'), t('value.holdout.customers'), t('value.holdout.expected'), t('value.holdout.actual')],
                  ...h.byFrequency.map((f) => [frequencyLabel(f.frequency), f.customers, f.expected, f.actual]),
                ]}
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t('value.holdout.frequencyIntro')}
            </Text>
            <Figure label={t('value.holdout.frequencyChart')} testId="value-holdout-frequency-chart">
              <BarChart
                h={240}
                data={h.byFrequency.map((f) => ({ frequency: frequencyLabel(f.frequency), expected: f.expected, actual: f.actual }))}
                dataKey="frequency"
                withLegend
                xAxisLabel={t('value.holdout.frequency')}
                valueFormatter={(v) => num(v, 2)}
                series={[
                  { name: 'expected', label: t('value.holdout.expected'), color: 'blue.6' },
                  { name: 'actual', label: t('value.holdout.actual'), color: 'teal.7' },
                ]}
              />
            </Figure>
            <Table.ScrollContainer minWidth={0}>
              {/* four short columns: small type and tight spacing let them fit a phone */}
              <Table data-testid="value-holdout-frequency" fz="sm" horizontalSpacing="xs" style={{ wordBreak: 'break-word' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('value.holdout.frequency')}</Table.Th>
                    <Table.Th ta="right">{t('value.holdout.customers')}</Table.Th>
                    <Table.Th ta="right">{t('value.holdout.expected')}</Table.Th>
                    <Table.Th ta="right">{t('value.holdout.actual')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {h.byFrequency.map((f) => (
                    <Table.Tr key={f.frequency}>
                      <Table.Td>{frequencyLabel(f.frequency)}</Table.Td>
                      <Table.Td ta="right">{formatDecimal(f.customers, lang, 0)}</Table.Td>
                      <Table.Td ta="right">{num(f.expected, 2)}</Table.Td>
                      <Table.Td ta="right">{num(f.actual, 2)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </>
      )}
    </Stack>
  );
}
