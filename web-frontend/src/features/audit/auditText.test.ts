import { describe, expect, it } from 'vitest';
import { auditEntry } from '../../test/fixtures';
import { createI18n, type Language } from '../../i18n';
import { actorLabel, describeAuditEntry, KNOWN_ACTIONS, LOGIN_FAILURE_REASONS, SESSION_END_REASONS } from './auditText';

/** Details as the backend records them for each action (api/…/security, domain/…). */
const RECORDED: Record<string, Record<string, string>> = {
  'login.succeeded': { realm: 'staff', email: 'maria@example.com' },
  'login.failed': { realm: 'staff', email: 'jonas@example.com', reason: 'wrong-password', shop: 'baeckerei' },
  'login.limited': { realm: 'staff', email: 'jonas@example.com', shop: 'baeckerei' },
  'login.password-accepted': { realm: 'staff', email: 'maria@example.com' },
  'login.second-factor-failed': { realm: 'staff' },
  'second-factor.enabled': {},
  'second-factor.disabled': {},
  'second-factor.reset': {},
  'second-factor.recovery-codes-renewed': {},
  'second-factor.recovery-code-used': { left: '9' },
  'second-factor.check-failed': {},
  logout: {},
  'sessions.ended': { count: '2', reason: 'deactivated' },
  'password.changed': {},
  'password.reset-requested': {},
  'password.reset': {},
  'staff.invited': { email: 'jonas@example.com', role: 'AGENT' },
  'staff.invitation-revoked': {},
  'staff.joined': { email: 'jonas@example.com', role: 'AGENT' },
  'staff.deactivated': { email: 'jonas@example.com', role: 'AGENT' },
  'staff.reactivated': { email: 'jonas@example.com', role: 'AGENT' },
  'staff.removed': { email: 'jonas@example.com', role: 'AGENT' },
  'access.refused': { request: 'POST /api/v1/shops/s/api-keys', code: 'csrf', role: 'OWNER' },
  'access.other-shop': { request: 'GET /api/v1/shops/other/customers', requestedShop: 'other', role: 'AGENT' },
  'api-key.issued': { name: 'Kasse 1' },
  'api-key.revoked': {},
  'shop.registered': { slug: 'baeckerei', owner: 'maria@example.com' },
  'shop.verification-mailed': { email: 'maria@example.com' },
  'shop.verified': { email: 'maria@example.com', releasedMails: '3' },
  'customer.created': { number: '10042', channel: 'IN_STORE' },
  'customer.portal-link-sent': { expiresAt: '2026-11-30T10:00:00Z' },
  'customer.portal-activated': {},
  'points.adjusted': { points: '-5', reason: 'Fehlbuchung', entry: 'le-1' },
  'programme.earning-rule.changed': { before: '1.0000 DOWN', after: '2.5000 HALF_UP' },
  'programme.bonuses.changed': { before: 'Bonuses[welcome=0]', after: 'Bonuses[welcome=50]' },
  'programme.return-window.changed': { before: '0', after: '14' },
  'programme.expiry.changed': { before: 'NONE', after: 'AFTER_EARNING 12' },
  'tier.grace.changed': { days: '30' },
  'tier.created': { name: 'Gold', threshold: '500.00', multiplier: '2' },
  'tier.changed': { name: 'Gold', threshold: '600.00', multiplier: '2.5' },
  'reward.created': { name: 'Kaffee gratis', pointsCost: '20', active: 'true' },
  'reward.changed': { name: 'Kaffee gratis', pointsCost: '1500', active: 'false' },
  'promotion.created': { name: 'Herbst', kind: 'MULTIPLIER', period: 'a/b', active: 'true', category: '' },
  'promotion.changed': { name: 'Herbst', kind: 'MULTIPLIER', period: 'a/b', active: 'false', category: '' },
  'ledger.check.failed': { differences: '2', first: 'cust-1' },
};

const describeIn = (language: Language, action: string, details: Record<string, string>, extra = {}) => {
  const i18n = createI18n(language);
  return describeAuditEntry(auditEntry({ seq: 1, action, details, ...extra }), i18n.t, language, 'EUR');
};

describe('audit sentences', () => {
  it.each(['en', 'de'] as const)('put every known action into words (%s), using its details', (language) => {
    expect(Object.keys(RECORDED).sort()).toEqual([...KNOWN_ACTIONS].sort());
    for (const [action, details] of Object.entries(RECORDED)) {
      const d = describeIn(language, action, details);
      expect(d.known, action).toBe(true);
      expect(d.text, action).not.toMatch(/\{\{|audit\.|undefined|–/);
      expect(d.text, action).not.toContain(action);
      for (const key of d.used) if (details[key] && !['realm', 'role', 'code', 'active'].includes(key)) {
        // what the sentence claims to tell is in it (codes are told in words)
        const words = describeIn(language, action, { ...details, [key]: `${details[key]}X` }).text;
        expect(words, `${action}: ${key}`).not.toBe(d.text);
      }
    }
  });

  it('name the cause of a failed login and why sessions ended, in both languages', () => {
    const en = LOGIN_FAILURE_REASONS.map((reason) => describeIn('en', 'login.failed', { realm: 'staff', email: 'a@b.de', reason }).text);
    expect(en).toEqual([
      'Failed login (wrong password) for a@b.de',
      'Failed login (no such account) for a@b.de',
      'Failed login (account deactivated) for a@b.de',
      'Failed login (portal not activated yet) for a@b.de',
      'Failed login (unknown shop) for a@b.de',
    ]);
    expect(describeIn('de', 'login.failed', { realm: 'customer', email: 'a@b.de', reason: 'portal-not-activated' }).text).toBe(
      'Fehlgeschlagene Anmeldung im Kundenportal (Portal noch nicht aktiviert) für a@b.de',
    );
    expect(SESSION_END_REASONS.map((reason) => describeIn('de', 'sessions.ended', { count: '1', reason }).text)).toEqual([
      'Sitzungen beendet: 1 (deaktiviert)',
      'Sitzungen beendet: 1 (entfernt)',
      'Sitzungen beendet: 1 (Passwort zurückgesetzt)',
      'Sitzungen beendet: 1 (Passwort geändert)',
    ]);
    // a cause the UI does not know yet is shown as it came
    expect(describeIn('en', 'login.failed', { realm: 'staff', email: 'a@b.de', reason: 'second-factor-missing' }).text).toBe(
      'Failed login (second-factor-missing) for a@b.de',
    );
  });

  it('say why a request was refused', () => {
    const refused = (code: string, role: string, language: Language = 'en') =>
      describeIn(language, 'access.refused', { request: 'DELETE /api/v1/shops/s/staff/x', code, role }).text;
    expect(refused('forbidden', 'AGENT')).toBe('Refused: not allowed for agents — DELETE /api/v1/shops/s/staff/x');
    expect(refused('forbidden', 'CUSTOMER')).toBe('Refused: not allowed for customers — DELETE /api/v1/shops/s/staff/x');
    expect(refused('csrf', 'OWNER')).toBe('Refused: security token missing or wrong (CSRF) — DELETE /api/v1/shops/s/staff/x');
    expect(refused('csrf', 'OWNER', 'de')).toBe('Abgewiesen: Sicherheitstoken fehlt oder ist falsch (CSRF) — DELETE /api/v1/shops/s/staff/x');
    expect(describeIn('en', 'access.other-shop', { request: 'GET /api/v1/shops/other', requestedShop: 'other' }).text).toBe(
      'Refused: request into another shop — GET /api/v1/shops/other',
    );
  });

  it('mark failures and refusals, then security events by the server’s flag', () => {
    expect(describeIn('en', 'login.failed', {}, { security: true }).tone).toBe('failure');
    expect(describeIn('en', 'access.refused', {}, { security: true }).tone).toBe('failure');
    expect(describeIn('en', 'ledger.check.failed', { differences: '1' }).tone).toBe('failure');
    expect(describeIn('en', 'login.succeeded', {}, { security: true }).tone).toBe('security');
    expect(describeIn('en', 'passkey.added', {}, { security: true })).toMatchObject({
      tone: 'security',
      known: false,
      text: 'Event passkey.added',
    });
    expect(describeIn('en', 'second-factor.enabled', {}, { security: true })).toMatchObject({
      tone: 'security',
      known: true,
      text: 'Two-factor login turned on',
    });
    expect(describeIn('en', 'login.second-factor-failed', { realm: 'staff' }, { security: true }).tone).toBe('failure');
    expect(describeIn('en', 'points.adjusted', { points: '5', reason: 'x' }).tone).toBe('normal');
  });

  it('format numbers and money for the language', () => {
    expect(describeIn('de', 'programme.earning-rule.changed', { before: '1.0000 DOWN', after: '2.5000 HALF_UP' }).text).toBe(
      'Punkte pro 1,00 geändert: 1 · Abrunden → 2,5 · Kaufmännisch runden',
    );
    expect(describeIn('en', 'reward.changed', { name: 'Torte', pointsCost: '1500', active: 'false' }).text).toBe(
      'Reward “Torte” changed (1,500 points, retired)',
    );
    expect(describeIn('de', 'points.adjusted', { points: '-5', reason: 'Fehlbuchung' }).text).toBe('Punkte korrigiert: -5 (Fehlbuchung)');
    expect(describeIn('en', 'ledger.check.failed', { differences: '1' }).text).toBe('Ledger check found a difference at 1 customer');
    expect(describeIn('en', 'ledger.check.failed', { differences: '3' }).text).toBe('Ledger check found differences at 3 customers');
  });

  it('name who did it', () => {
    const { t } = createI18n('en');
    expect(
      [
        { kind: 'STAFF', id: 's1', name: 'Jonas Weber' },
        { kind: 'STAFF', id: 's2', name: null },
        { kind: 'CUSTOMER', id: 'c1' },
        { kind: 'API_KEY', id: 'k1' },
        { kind: 'SYSTEM' },
        { kind: 'SIGNUP' },
        { kind: 'ANONYMOUS' },
        { kind: 'ROBOT' },
      ].map((actor) => actorLabel(actor, t)),
    ).toEqual(['Jonas Weber', 'Former staff member', 'Customer', 'Till', 'System', 'Signup', 'Someone not signed in', 'ROBOT']);
    const de = createI18n('de').t;
    expect(['CUSTOMER', 'API_KEY', 'SIGNUP', 'ANONYMOUS'].map((kind) => actorLabel({ kind }, de))).toEqual([
      'Kunde',
      'Kasse',
      'Registrierung',
      'Jemand ohne Anmeldung',
    ]);
  });
});
