import { useState, type FormEvent } from 'react';
import { Alert, Button, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswer } from '../../api';
import { useApi } from '../../app/ApiContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useForm } from '../../components/useForm';
import { useLoad } from '../../components/useLoad';
import { formatDate } from '../../format';
import { TokenPage } from '../security/TokenPage';

const QUALITY = ['1', '2', '3', '4', '5'];
const EFFORT = ['1', '2', '3', '4', '5', '6', '7'];

/**
 * `/survey/:token`, opened from the follow-up mail a day after a complaint was closed; no login. Three questions
 * (what the customer expected, what they got, how satisfied they are) and how easy it was, each optional, and a
 * comment; answered once.
 */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { token = '' } = useParams();
  const survey = useLoad(() => api.surveys.get(token), [api, token]);
  const [thanked, setThanked] = useState(false);
  const form = useForm({ expectedQuality: '', perceivedQuality: '', satisfaction: '', effort: '', comment: '' });
  const v = form.values;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body: SurveyAnswer = {
      ...(v.expectedQuality ? { expectedQuality: Number(v.expectedQuality) } : {}),
      ...(v.perceivedQuality ? { perceivedQuality: Number(v.perceivedQuality) } : {}),
      ...(v.satisfaction ? { satisfaction: Number(v.satisfaction) } : {}),
      ...(v.effort ? { effort: Number(v.effort) } : {}),
      ...(v.comment.trim() ? { comment: v.comment.trim() } : {}),
    };
    await form.submit(async () => {
      await api.surveys.answer(token, body);
      setThanked(true);
    });
  }

  const select = (field: 'expectedQuality' | 'perceivedQuality' | 'satisfaction' | 'effort', values: string[]) => (
    <NativeSelect
      label={t(`survey.${field}`)}
      description={t(`survey.${field}Hint`)}
      data={[{ value: '', label: t('survey.noAnswer') }, ...values.map((n) => ({ value: n, label: t(`survey.scale.${field}.${n}`) }))]}
      value={v[field]}
      onChange={(e) => form.update(field, e.currentTarget.value)}
      error={form.errorFor(field)}
    />
  );

  return (
    <TokenPage
      loaded={survey}
      title={t('survey.title')}
      invalid={{ title: t('survey.invalid'), hint: t('survey.invalidHint') }}
      loginPath="/portal/login"
    >
      {(s) =>
        thanked || s.answered ? (
          <Alert color="teal" title={t('survey.thanksTitle')} data-testid="survey-thanks">
            {t(thanked ? 'survey.thanks' : 'survey.answeredBefore', { shop: s.shopName })}
          </Alert>
        ) : (
          <form onSubmit={onSubmit} noValidate data-testid="survey-form">
            <Stack gap="md">
              <Text data-testid="survey-intro">
                {t('survey.intro', {
                  shop: s.shopName,
                  subject: s.subject,
                  date: formatDate(s.closedAt, s.timeZone, i18n.language),
                })}
              </Text>
              <ErrorAlert error={form.error} handledFields={['expectedQuality', 'perceivedQuality', 'satisfaction', 'effort', 'comment']} />
              {select('expectedQuality', QUALITY)}
              {select('perceivedQuality', QUALITY)}
              {select('satisfaction', QUALITY)}
              {select('effort', EFFORT)}
              <Textarea
                label={t('survey.comment')}
                value={v.comment}
                onChange={(e) => form.update('comment', e.currentTarget.value)}
                error={form.errorFor('comment')}
                maxLength={4000}
                rows={3}
              />
              <Button type="submit" loading={form.busy} fullWidth>
                {t('survey.submit')}
              </Button>
            </Stack>
          </form>
        )
      }
    </TokenPage>
  );
}
