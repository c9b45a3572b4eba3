import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditActor, AuditEntry } from '../../api';
import { useUser } from '../../app/SessionContext';
import { formatFactor, formatMoney, formatPoints, formatPointsDelta } from '../../format';

/*
 * What a line of the audit log says to the shop owner: who did it, one sentence for what happened (German or
 * English), and which of its details that sentence already tells (the rest is shown on demand). Actions the UI does
 * not know yet are shown by their name, with all their details.
 */

/** How a line looks: failures and refusals stand out, security events are marked. */
export type AuditTone = 'failure' | 'security' | 'normal';

/** Actions that record something that went wrong or was refused. */
export const FAILURE_ACTIONS = [
  'login.failed',
  'login.limited',
  'login.second-factor-failed',
  'second-factor.check-failed',
  'access.refused',
  'access.other-shop',
  'ledger.check.failed',
];

/** Causes of `login.failed` (`reason`) the UI puts in words; the caller always got the same 401. */
export const LOGIN_FAILURE_REASONS = ['wrong-password', 'unknown-account', 'deactivated', 'portal-not-activated', 'unknown-shop'];
/** Why `sessions.ended` ended sessions (`reason`). */
export const SESSION_END_REASONS = ['deactivated', 'removed', 'password-reset', 'password-changed'];

export interface AuditDescription {
  /** the sentence for the owner */
  text: string;
  /** details the sentence tells (not repeated under "Details"); `address` is always shown apart */
  used: string[];
  tone: AuditTone;
  /** false: an action the UI does not know, shown by its name */
  known: boolean;
}

type Details = Record<string, string>;
interface Context {
  t: TFunction;
  lang: string;
  currency: string;
}
type Describe = (d: Details, entry: AuditEntry, c: Context) => { text: string; used: string[] };

const portal = (d: Details, entry: AuditEntry) => d.realm === 'customer' || entry.targetType === 'customer';
/** A code in words (`prefix.code`), or the code itself when the UI has no words for it. */
const word = (t: TFunction, prefix: string, value: string | undefined) =>
  value ? t(`${prefix}.${value}`, { defaultValue: value }) : '–';

/** A `basePointsPerUnit rounding` pair of the earning rule ("1.0000 DOWN") as "1 · Round down". */
function earningRule(value: string | undefined, { t, lang }: Context): string {
  const m = /^(\d+(?:\.\d+)?) (\w+)$/.exec(value ?? '');
  if (!m) return value ?? '–';
  return `${formatFactor(m[1], lang).replace(/×$/, '')} · ${t(`rounding.${m[2]}`, { defaultValue: m[2] })}`;
}

function refusal(d: Details, { t }: Context): string {
  if (d.code === 'csrf') return t('audit.refusal.csrf');
  if (d.code === 'forbidden') {
    if (d.role === 'AGENT') return t('audit.refusal.forbiddenAgent');
    if (d.role === 'CUSTOMER') return t('audit.refusal.forbiddenCustomer');
    return t('audit.refusal.forbidden');
  }
  return d.code ?? t('audit.refusal.forbidden');
}

const ACTIONS: Record<string, Describe> = {
  'login.succeeded': (d, e, { t }) => ({
    text: t(portal(d, e) ? 'audit.action.loginSucceededPortal' : 'audit.action.loginSucceeded', { email: d.email ?? '–' }),
    used: ['email', 'realm'],
  }),
  'login.failed': (d, e, { t }) => ({
    text: t(portal(d, e) ? 'audit.action.loginFailedPortal' : 'audit.action.loginFailed', {
      reason: word(t, 'audit.loginReason', d.reason),
      email: d.email ?? '–',
    }),
    used: ['email', 'reason', 'realm'],
  }),
  'login.limited': (d, e, { t }) => ({
    text: t(portal(d, e) ? 'audit.action.loginLimitedPortal' : 'audit.action.loginLimited', { email: d.email ?? '–' }),
    used: ['email', 'realm'],
  }),
  'login.password-accepted': (d, e, { t }) => ({
    text: t(portal(d, e) ? 'audit.action.loginPasswordAcceptedPortal' : 'audit.action.loginPasswordAccepted', {
      email: d.email ?? '–',
    }),
    used: ['email', 'realm'],
  }),
  'login.second-factor-failed': (d, e, { t }) => ({
    text: t(portal(d, e) ? 'audit.action.loginSecondFactorFailedPortal' : 'audit.action.loginSecondFactorFailed'),
    used: ['realm'],
  }),
  'second-factor.enabled': (_d, e, { t }) => ({
    text: t(e.targetType === 'customer' ? 'audit.action.secondFactorEnabledPortal' : 'audit.action.secondFactorEnabled'),
    used: [],
  }),
  'second-factor.disabled': (_d, e, { t }) => ({
    text: t(e.targetType === 'customer' ? 'audit.action.secondFactorDisabledPortal' : 'audit.action.secondFactorDisabled'),
    used: [],
  }),
  'second-factor.reset': (_d, _e, { t }) => ({ text: t('audit.action.secondFactorReset'), used: [] }),
  'second-factor.recovery-codes-renewed': (_d, _e, { t }) => ({ text: t('audit.action.recoveryCodesRenewed'), used: [] }),
  'second-factor.recovery-code-used': (d, _e, { t }) => ({
    text: t('audit.action.recoveryCodeUsed', { left: d.left ?? '–' }),
    used: ['left'],
  }),
  'second-factor.check-failed': (_d, _e, { t }) => ({ text: t('audit.action.secondFactorCheckFailed'), used: [] }),
  logout: (_d, e, { t }) => ({
    text: t(e.targetType === 'customer' ? 'audit.action.logoutPortal' : 'audit.action.logout'),
    used: [],
  }),
  'sessions.ended': (d, _e, { t }) => ({
    text: t('audit.action.sessionsEnded', { number: d.count ?? '–', reason: word(t, 'audit.sessionReason', d.reason) }),
    used: ['count', 'reason'],
  }),
  'password.changed': (_d, e, { t }) => ({
    text: t(e.targetType === 'customer' ? 'audit.action.passwordChangedPortal' : 'audit.action.passwordChanged'),
    used: [],
  }),
  'password.reset-requested': (_d, e, { t }) => ({
    text: t(e.targetType === 'customer' ? 'audit.action.passwordResetRequestedPortal' : 'audit.action.passwordResetRequested'),
    used: [],
  }),
  'password.reset': (_d, e, { t }) => ({
    text: t(e.targetType === 'customer' ? 'audit.action.passwordResetPortal' : 'audit.action.passwordReset'),
    used: [],
  }),
  'staff.invited': (d, _e, { t }) => ({
    text: t('audit.action.staffInvited', { email: d.email ?? '–', role: word(t, 'role', d.role) }),
    used: ['email', 'role'],
  }),
  'staff.invitation-revoked': (_d, _e, { t }) => ({ text: t('audit.action.staffInvitationRevoked'), used: [] }),
  'staff.joined': (d, _e, { t }) => ({
    text: t('audit.action.staffJoined', { email: d.email ?? '–', role: word(t, 'role', d.role) }),
    used: ['email', 'role'],
  }),
  'staff.deactivated': (d, _e, { t }) => ({ text: t('audit.action.staffDeactivated', { email: d.email ?? '–' }), used: ['email'] }),
  'staff.reactivated': (d, _e, { t }) => ({ text: t('audit.action.staffReactivated', { email: d.email ?? '–' }), used: ['email'] }),
  'staff.removed': (d, _e, { t }) => ({ text: t('audit.action.staffRemoved', { email: d.email ?? '–' }), used: ['email'] }),
  'access.refused': (d, _e, c) => ({
    text: d.request
      ? c.t('audit.action.accessRefused', { why: refusal(d, c), request: d.request })
      : c.t('audit.action.accessRefusedNoRequest', { why: refusal(d, c) }),
    used: ['code', 'request', 'role'],
  }),
  'access.other-shop': (d, _e, { t }) => ({
    text: t('audit.action.accessOtherShop', { request: d.request ?? '–' }),
    used: ['request'],
  }),
  'api-key.issued': (d, _e, { t }) => ({ text: t('audit.action.apiKeyIssued', { name: d.name ?? '–' }), used: ['name'] }),
  'api-key.revoked': (_d, _e, { t }) => ({ text: t('audit.action.apiKeyRevoked'), used: [] }),
  'shop.registered': (d, _e, { t }) => ({ text: t('audit.action.shopRegistered', { slug: d.slug ?? '–' }), used: ['slug'] }),
  'shop.verification-mailed': (d, _e, { t }) => ({
    text: t('audit.action.shopVerificationMailed', { email: d.email ?? '–' }),
    used: ['email'],
  }),
  'shop.verified': (d, _e, { t }) =>
    d.email
      ? { text: t('audit.action.shopVerified', { email: d.email }), used: ['email'] }
      : { text: t('audit.action.shopVerifiedByOperator'), used: [] },
  'customer.created': (d, _e, { t }) => ({ text: t('audit.action.customerCreated', { number: d.number ?? '–' }), used: ['number'] }),
  'customer.portal-link-sent': (_d, _e, { t }) => ({ text: t('audit.action.customerPortalLinkSent'), used: [] }),
  'customer.portal-activated': (_d, _e, { t }) => ({ text: t('audit.action.customerPortalActivated'), used: [] }),
  'points.adjusted': (d, _e, { t, lang }) => {
    const points = Number(d.points);
    return {
      text: t('audit.action.pointsAdjusted', {
        points: Number.isFinite(points) ? formatPointsDelta(points, lang) : (d.points ?? '–'),
        reason: d.reason ?? '–',
      }),
      used: ['points', 'reason'],
    };
  },
  'programme.earning-rule.changed': (d, _e, c) => ({
    text: c.t('audit.action.earningRuleChanged', { before: earningRule(d.before, c), after: earningRule(d.after, c) }),
    used: ['before', 'after'],
  }),
  'programme.bonuses.changed': (_d, _e, { t }) => ({ text: t('audit.action.bonusesChanged'), used: [] }),
  'programme.return-window.changed': (d, _e, { t }) => ({
    text: t('audit.action.returnWindowChanged', { before: d.before ?? '–', after: d.after ?? '–' }),
    used: ['before', 'after'],
  }),
  'programme.expiry.changed': (_d, _e, { t }) => ({ text: t('audit.action.expiryChanged'), used: [] }),
  'tier.grace.changed': (d, _e, { t }) => ({ text: t('audit.action.tierGraceChanged', { days: d.days ?? '–' }), used: ['days'] }),
  'tier.created': (d, _e, c) => tier('audit.action.tierCreated', d, c),
  'tier.changed': (d, _e, c) => tier('audit.action.tierChanged', d, c),
  'reward.created': (d, _e, c) => reward('audit.action.rewardCreated', d, c),
  'reward.changed': (d, _e, c) => reward(d.active === 'false' ? 'audit.action.rewardChangedInactive' : 'audit.action.rewardChanged', d, c),
  'promotion.created': (d, _e, { t }) => ({ text: t('audit.action.promotionCreated', { name: d.name ?? '–' }), used: ['name'] }),
  'promotion.changed': (d, _e, { t }) => ({
    text: t(d.active === 'false' ? 'audit.action.promotionChangedInactive' : 'audit.action.promotionChanged', { name: d.name ?? '–' }),
    used: ['name', 'active'],
  }),
  'ledger.check.failed': (d, _e, { t }) => ({
    text: t('audit.action.ledgerCheckFailed', { count: Number(d.differences ?? 0) }),
    used: ['differences'],
  }),
};

function tier(key: string, d: Details, { t, lang, currency }: Context) {
  return {
    text: t(key, {
      name: d.name ?? '–',
      threshold: d.threshold ? formatMoney(d.threshold, currency, lang) : '–',
      multiplier: d.multiplier ? formatFactor(d.multiplier, lang) : '–',
    }),
    used: ['name', 'threshold', 'multiplier'],
  };
}

function reward(key: string, d: Details, { t, lang }: Context) {
  const points = Number(d.pointsCost);
  return {
    text: t(key, { name: d.name ?? '–', points: Number.isFinite(points) ? formatPoints(points, lang) : (d.pointsCost ?? '–') }),
    used: ['name', 'pointsCost', 'active'],
  };
}

/** The actions the UI puts in words. */
export const KNOWN_ACTIONS = Object.keys(ACTIONS);

/** Describes a line in the current language; the shop's currency formats tier thresholds. */
export function describeAuditEntry(entry: AuditEntry, t: TFunction, lang: string, currency: string): AuditDescription {
  const describe = ACTIONS[entry.action];
  const tone: AuditTone = FAILURE_ACTIONS.includes(entry.action) ? 'failure' : entry.security ? 'security' : 'normal';
  if (!describe) return { text: t('audit.action.unknown', { action: entry.action }), used: [], tone, known: false };
  return { ...describe(entry.details, entry, { t, lang, currency }), tone, known: true };
}

/** Who did it: the staff member's name, or what kind of actor it was ("Customer", "Till", …). */
export function actorLabel(actor: AuditActor, t: TFunction): string {
  switch (actor.kind) {
    case 'STAFF':
      return actor.name || t('audit.actor.formerStaff');
    case 'CUSTOMER':
      return t('audit.actor.CUSTOMER');
    case 'API_KEY':
      return t('audit.actor.API_KEY');
    case 'SYSTEM':
      return t('audit.actor.SYSTEM');
    case 'SIGNUP':
      return t('audit.actor.SIGNUP');
    case 'ANONYMOUS':
      return t('audit.actor.ANONYMOUS');
    default:
      return actor.kind;
  }
}

/** {@link describeAuditEntry} in the UI's language and the shop's currency. */
export function useAuditDescription() {
  const { t, i18n } = useTranslation();
  const currency = useUser().shop.currency;
  return (entry: AuditEntry) => describeAuditEntry(entry, t, i18n.language, currency);
}
