import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CASE_STEPS, type CaseSeverity, type CaseStep, type CaseSummary } from '../../api';
import { formatDateTime, formatLocalDate } from '../../format';

/** The five steps of the interaction cycle (CLOSED follows the last). */
export const WORK_STEPS = CASE_STEPS.filter((s): s is Exclude<CaseStep, 'CLOSED'> => s !== 'CLOSED');
export type WorkStep = (typeof WORK_STEPS)[number];

/** Position of a step in the cycle; CLOSED is past every step. */
export function stepIndex(step: CaseStep): number {
  return CASE_STEPS.indexOf(step);
}

/** A due day `YYYY-MM-DD` before `today` (the shop's date). */
export function isOverdue(dueOn: string | null | undefined, today: string): boolean {
  return !!dueOn && dueOn < today;
}

const SEVERITY_COLOR: Record<CaseSeverity, string> = {
  LOW: 'gray',
  MEDIUM: 'blue',
  HIGH: 'orange',
  CRITICAL: 'red',
};

/** The step in words (the colour only repeats it). */
export function StepBadge({ step }: { step: CaseStep }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={step === 'CLOSED' ? 'gray' : 'teal'} data-testid="case-step">
      <VisuallyHidden>{`${t('cases.stepLabel')}: `}</VisuallyHidden>
      {t(`cases.steps.${step}`)}
    </Badge>
  );
}

/** The severity in words (the colour only repeats it). */
export function SeverityBadge({ severity }: { severity: CaseSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={SEVERITY_COLOR[severity]} data-testid="case-severity">
      <VisuallyHidden>{`${t('cases.severity')}: `}</VisuallyHidden>
      {t(`cases.severities.${severity}`)}
    </Badge>
  );
}

/** "2 open actions, next due 3 Dec 2026 – overdue" (overdue in words and red). */
export function OpenActionsNote({
  openActions,
  nextDueOn,
  today,
}: {
  openActions: number;
  nextDueOn?: string | null;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  if (openActions === 0) {
    return (
      <Text size="sm" data-testid="case-actions">
        {t('cases.noOpenActions')}
      </Text>
    );
  }
  const overdue = isOverdue(nextDueOn, today);
  return (
    <Text size="sm" data-testid="case-actions" data-overdue={overdue || undefined}>
      {t('cases.openActions', { count: openActions })}
      {nextDueOn && (
        <>
          {', '}
          <Text span size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
            {t('cases.nextDue', { date: formatLocalDate(nextDueOn, i18n.language) })}
            {overdue && ` – ${t('cases.overdue')}`}
          </Text>
        </>
      )}
    </Text>
  );
}

/**
 * Cases as cards (they fit a phone): number and subject (to the case), customer (to the customer, unless
 * `showCustomer` is false), step, severity, owner, when it came in, open actions.
 */
export function CaseCards({
  cases,
  timeZone,
  today,
  showCustomer = true,
}: {
  cases: CaseSummary[];
  timeZone: string;
  today: string;
  showCustomer?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="case-list">
      {cases.map((c) => (
        <Paper key={c.id} component="li" withBorder p="sm" radius="sm" data-testid="case-row">
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Anchor
                component={Link}
                to={`/admin/cases/${c.id}`}
                fw={600}
                style={{ overflowWrap: 'anywhere', minWidth: 0 }}
                data-testid="case-link"
              >
                {`${t('cases.number', { number: c.number })} ${c.subject}`}
              </Anchor>
              <Group gap={6}>
                <StepBadge step={c.step} />
                <SeverityBadge severity={c.severity} />
              </Group>
            </Group>
            <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
              {showCustomer && (
                <Text size="sm">
                  {`${t('cases.customer')}: `}
                  <Anchor component={Link} to={`/admin/customers/${c.customerId}`} size="sm" data-testid="case-customer">
                    {c.customerName}
                  </Anchor>
                </Text>
              )}
              <Text size="sm" data-testid="case-owner">
                {`${t('cases.owner')}: ${c.assignee ? c.assignee.name : t('cases.unassigned')}`}
              </Text>
              <Text size="sm" data-testid="case-received">
                {`${t('cases.received')}: ${formatDateTime(c.receivedAt, timeZone, i18n.language)}`}
              </Text>
            </Group>
            {c.step !== 'CLOSED' ? (
              <OpenActionsNote openActions={c.openActions} nextDueOn={c.nextDueOn} today={today} />
            ) : (
              c.closedAt && (
                <Text size="sm">{`${t('cases.closedAt')}: ${formatDateTime(c.closedAt, timeZone, i18n.language)}`}</Text>
              )
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
