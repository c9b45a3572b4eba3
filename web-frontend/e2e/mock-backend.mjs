#!/usr/bin/env node
// In-memory stand-in for the Stammkunde API (docs/http-api.md), for frontend development and for
// checking the e2e script without the Java backend. It is NOT the product: no persistence, no security
// beyond what the contract makes visible (session cookie, CSRF double submit, problem+json, idempotency).
//
//   npm run build && node e2e/mock-backend.mjs            # serves dist/ + API on http://127.0.0.1:8181
//   MOCK_PORT=9000 node e2e/mock-backend.mjs
//   BASE_URL=http://127.0.0.1:8181 npm run e2e

import { createServer } from 'node:http';
import { randomUUID, randomBytes, randomInt, createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const PORT = Number(process.env.MOCK_PORT || 8181);
const HOST = process.env.MOCK_HOST || '127.0.0.1';
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

const db = {
  shops: new Map(), // id -> shop
  programmes: new Map(), // shopId -> basePointsPerUnit string
  returnWindows: new Map(), // shopId -> returnWindowDays (0 = points available at once)
  users: new Map(), // id -> {id,name,email,role,shopId,password}
  customers: new Map(), // id -> customer (+ password, shopId)
  purchases: [], // {id, customerId, amount, currency, reference, occurredAt, pointsEarned, pointsPending, releaseAt, amountReturned, pointsReversed}
  purchaseLines: new Map(), // purchaseId -> [{category, amount}] merged, one per category
  ledger: [], // {id, customerId, type, availableDelta, pendingDelta, owedDelta, occurredAt, purchase?, reason?}
  rewards: new Map(), // id -> reward (+ shopId)
  vouchers: new Map(), // id -> voucher (+ shopId, customerId)
  invitations: new Map(), // token -> {id,email,role,shopId,expiresAt,used}
  activations: new Map(), // token -> {customerId, expiresAt, used}
  sessions: new Map(), // sessionId -> {principal: {kind:'staff'|'customer', id}}
  idempotency: new Map(), // shopId|key -> {fingerprint, status, body}
  loginFailures: new Map(), // shop|email -> count
};

const MESSAGES = {
  en: {
    validation: 'Invalid input',
    'bad-credentials': 'Bad credentials',
    'too-many-attempts': 'Too many attempts',
    'not-found': 'Not found',
    conflict: 'Conflict',
    unauthenticated: 'Authentication required',
    forbidden: 'Forbidden',
    'idempotency-key-reused': 'Idempotency key reused with a different request',
    required: 'must not be blank',
    password: 'must be at least 10 characters',
    slug: 'must match [a-z0-9-]{3,40}',
    slugTaken: 'is already taken',
    amount: 'must be greater than 0',
    email: 'must be a well-formed email address',
    'insufficient-points': 'Not enough points',
    'voucher-already-redeemed': 'Voucher already used',
    'voucher-expired': 'Voucher expired',
    'reward-value-missing': 'Reward value missing',
    value: "Enter the voucher's value for this kind of reward.",
    'return-exceeds-purchase': 'At most {0} of this purchase can be returned',
    'currency-mismatch': 'This shop records purchases in {0}',
    'invalid-return-window': 'Between 0 and 365 days',
    'purchase-lines': 'At most 50 category lines',
    'purchase-line-category': 'A category has 1 to 40 characters',
    'purchase-line-amount': 'A line amount is greater than zero, with at most 2 decimal places',
    'purchase-lines-exceed-amount': 'The category lines exceed the purchase amount',
    'purchase-lines-sum': 'The category lines add up to {0}, more than the purchase amount {1}',
  },
  de: {
    validation: 'Ungültige Eingabe',
    'bad-credentials': 'Anmeldedaten falsch',
    'too-many-attempts': 'Zu viele Versuche',
    'not-found': 'Nicht gefunden',
    conflict: 'Konflikt',
    unauthenticated: 'Anmeldung erforderlich',
    forbidden: 'Nicht erlaubt',
    'idempotency-key-reused': 'Idempotency-Key mit anderer Anfrage wiederverwendet',
    required: 'darf nicht leer sein',
    password: 'muss mindestens 10 Zeichen lang sein',
    slug: 'muss [a-z0-9-]{3,40} entsprechen',
    slugTaken: 'ist schon vergeben',
    amount: 'muss größer als 0 sein',
    email: 'muss eine gültige E-Mail-Adresse sein',
    'insufficient-points': 'Nicht genug Punkte',
    'voucher-already-redeemed': 'Gutschein bereits eingelöst',
    'voucher-expired': 'Gutschein abgelaufen',
    'reward-value-missing': 'Wert der Prämie fehlt',
    value: 'Geben Sie den Wert des Gutscheins für diese Prämienart an.',
    'return-exceeds-purchase': 'Höchstens {0} dieses Einkaufs können zurückgegeben werden',
    'currency-mismatch': 'Dieser Laden erfasst Einkäufe in {0}',
    'invalid-return-window': 'Zwischen 0 und 365 Tagen',
    'purchase-lines': 'Höchstens 50 Warengruppen-Zeilen',
    'purchase-line-category': 'Eine Warengruppe hat 1 bis 40 Zeichen',
    'purchase-line-amount': 'Ein Zeilenbetrag ist größer als 0, mit höchstens 2 Nachkommastellen',
    'purchase-lines-exceed-amount': 'Die Warengruppen übersteigen den Einkaufsbetrag',
    'purchase-lines-sum': 'Die Warengruppen ergeben {0}, mehr als der Einkaufsbetrag {1}',
  },
};

class Problem extends Error {
  constructor(status, code, errors = []) {
    super(code);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

function parseCookies(header = '') {
  const out = {};
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
}

function now() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function todayIn(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

function shopOf(id) {
  const s = db.shops.get(id);
  return s && { id: s.id, slug: s.slug, name: s.name, currency: s.currency, timeZone: s.timeZone };
}

function sessionBody(principal) {
  if (!principal) return { authenticated: false };
  if (principal.kind === 'staff') {
    const u = db.users.get(principal.id);
    return { authenticated: true, user: { id: u.id, name: u.name, email: u.email, role: u.role, shop: shopOf(u.shopId) } };
  }
  const c = db.customers.get(principal.id);
  return {
    authenticated: true,
    user: { id: c.id, name: `${c.firstName} ${c.lastName}`, email: c.email, role: 'CUSTOMER', shop: shopOf(c.shopId) },
  };
}

function balanceOf(customerId) {
  let available = 0;
  let pending = 0;
  let owed = 0;
  for (const e of db.ledger) {
    if (e.customerId === customerId) {
      available += e.availableDelta;
      pending += e.pendingDelta;
      owed += e.owedDelta ?? 0;
    }
  }
  return { available, pending, owed };
}

function post(entry) {
  db.ledger.push({ id: randomUUID(), pendingDelta: 0, owedDelta: 0, ...entry });
}

/** While points are owed none are available: newly available points pay them off first. */
function settleShortfall(customerId, at) {
  const { available, owed } = balanceOf(customerId);
  const pay = Math.min(available, owed);
  if (pay > 0) post({ customerId, type: 'SHORTFALL_SETTLEMENT', availableDelta: -pay, owedDelta: -pay, occurredAt: at });
}

function purchaseRef(x) {
  return { id: x.id, amount: x.amount, currency: x.currency, reference: x.reference };
}

/** The release job of the real server, run lazily: pending points whose return window has passed. */
function releaseDuePoints() {
  const t = Date.now();
  for (const x of db.purchases) {
    if (x.pointsPending > 0 && x.releaseAt && Date.parse(x.releaseAt) <= t) {
      post({ customerId: x.customerId, type: 'RELEASE', availableDelta: x.pointsPending, pendingDelta: -x.pointsPending, occurredAt: x.releaseAt, purchase: purchaseRef(x) });
      x.pointsPending = 0;
      settleShortfall(x.customerId, x.releaseAt);
    }
  }
}

/** Money string → cents (the mock only knows 2-digit currencies). */
const cents = (amount) => Math.round(Number(amount) * 100);

/** A (partial) return: points back in proportion, pending first, then available, the rest owed. */
function returnPurchase(shop, customer, purchase, body, msg) {
  if (body.currency !== purchase.currency) {
    throw new Problem(422, 'currency-mismatch', [{ field: 'currency', message: msg['currency-mismatch'].replace('{0}', purchase.currency) }]);
  }
  if (!/^\d+(\.\d{1,2})?$/.test(String(body.amount ?? '')) || cents(body.amount) <= 0) {
    throw new Problem(422, 'amount-not-positive', [{ field: 'amount', message: msg.amount }]);
  }
  const returnable = cents(purchase.amount) - cents(purchase.amountReturned);
  if (cents(body.amount) > returnable) {
    const max = (returnable / 100).toFixed(2);
    throw new Problem(422, 'return-exceeds-purchase', [{ field: 'amount', message: msg['return-exceeds-purchase'].replace('{0}', max) }]);
  }
  const at = now();
  const returnedCents = cents(purchase.amountReturned) + cents(body.amount);
  const reversedTotal = Math.floor((purchase.pointsEarned * returnedCents) / cents(purchase.amount));
  const reverse = reversedTotal - purchase.pointsReversed;
  const balance = balanceOf(customer.id);
  const fromPending = Math.min(reverse, purchase.pointsPending, balance.pending);
  const fromAvailable = Math.min(reverse - fromPending, balance.available);
  const owed = reverse - fromPending - fromAvailable;
  if (reverse > 0) {
    post({ customerId: customer.id, type: 'RETURN', availableDelta: -fromAvailable, pendingDelta: -fromPending, owedDelta: owed, occurredAt: at, purchase: purchaseRef(purchase) });
  }
  purchase.pointsPending -= fromPending;
  purchase.amountReturned = (returnedCents / 100).toFixed(2);
  purchase.pointsReversed = reversedTotal;
  return [201, {
    id: randomUUID(),
    purchaseId: purchase.id,
    amount: Number(body.amount).toFixed(2),
    currency: purchase.currency,
    pointsReversed: reverse,
    occurredAt: at,
    balance: balanceOf(customer.id),
  }];
}

// The category lines of a purchase (as the server checks them): at most 50, each named (1–40 characters) and
// positive with at most 2 decimals, together at most the amount. Returns them merged, one per category.
function purchaseLinesOf(body, msg) {
  const lines = body.lines ?? [];
  if (!Array.isArray(lines)) throw new Problem(400, 'validation', [{ field: 'lines', message: msg.required }]);
  if (lines.length > 50) throw new Problem(422, 'purchase-lines', [{ field: 'lines', message: msg['purchase-lines'] }]);
  let sum = 0;
  lines.forEach((line, i) => {
    const category = typeof line?.category === 'string' ? line.category.trim() : '';
    if (!category || category.length > 40) {
      throw new Problem(422, 'purchase-line-category', [{ field: `lines[${i}].category`, message: msg['purchase-line-category'] }]);
    }
    if (!/^\d+(\.\d{1,2})?$/.test(String(line.amount ?? '')) || cents(line.amount) <= 0) {
      throw new Problem(422, 'purchase-line-amount', [{ field: `lines[${i}].amount`, message: msg['purchase-line-amount'] }]);
    }
    sum += cents(line.amount);
  });
  if (sum > cents(body.amount)) {
    const message = msg['purchase-lines-sum'].replace('{0}', (sum / 100).toFixed(2)).replace('{1}', Number(body.amount).toFixed(2));
    throw new Problem(422, 'purchase-lines-exceed-amount', [{ field: 'lines', message }]);
  }
  const merged = new Map();
  for (const line of lines) {
    const key = line.category.trim().toLowerCase();
    const old = merged.get(key);
    merged.set(key, { category: old?.category ?? line.category.trim(), cents: (old?.cents ?? 0) + cents(line.amount) });
  }
  return [...merged.values()].map((l) => ({ category: l.category, amount: (l.cents / 100).toFixed(2) }));
}

// Categories the shop has used (the mock has no promotions: those of its purchases), sorted, each once.
function categoriesOf(shopId) {
  const byKey = new Map();
  for (const x of db.purchases) {
    if (db.customers.get(x.customerId)?.shopId !== shopId) continue;
    for (const line of db.purchaseLines.get(x.id) ?? []) {
      if (!byKey.has(line.category.toLowerCase())) byKey.set(line.category.toLowerCase(), line.category);
    }
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
}

function summary(c) {
  return {
    id: c.id,
    number: c.number,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    acquisitionChannel: c.acquisitionChannel,
    acquiredOn: c.acquiredOn,
    balance: balanceOf(c.id),
  };
}

function detail(c) {
  return { ...summary(c), phone: c.phone, portalEnabled: !!c.password, createdAt: c.createdAt };
}

function ledgerItems(customerId, limit) {
  return db.ledger
    .filter((e) => e.customerId === customerId)
    .slice()
    .reverse()
    .slice(0, limit)
    .map(({ customerId: _c, ...e }) => ({ pendingDelta: 0, owedDelta: 0, ...e }));
}

function required(body, fields, msg) {
  const errors = [];
  for (const f of fields) {
    if (typeof body[f] !== 'string' || !body[f].trim()) errors.push({ field: f, message: msg.required });
  }
  return errors;
}

// --- rewards and vouchers -------------------------------------------------------------------------

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newVoucherCode() {
  let code = '';
  for (let i = 0; i < 16; i++) code += (i && i % 4 === 0 ? '-' : '') + CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

function normaliseCode(input) {
  const plain = decodeURIComponent(input).toUpperCase().replace(/[\s-]/g, '');
  return plain.length === 16 ? plain.match(/.{4}/g).join('-') : plain;
}

function rewardOut(r) {
  const { shopId: _s, ...out } = r;
  return out;
}

function voucherOut(v) {
  const { shopId: _s, customerId: _c, ...out } = v;
  if (out.status === 'ISSUED' && Date.parse(out.validUntil) < Date.now()) out.status = 'EXPIRED';
  return out;
}

function rewardFromBody(body, shop, msg) {
  const errors = required(body, ['name'], msg);
  if (!Number.isInteger(body.pointsCost) || body.pointsCost < 1) errors.push({ field: 'pointsCost', message: msg.required });
  if (!['AMOUNT_OFF', 'PERCENT_OFF', 'FREE_ITEM'].includes(body.kind)) errors.push({ field: 'kind', message: msg.required });
  if (errors.length) throw new Problem(400, 'validation', errors);
  const r = { name: body.name, pointsCost: body.pointsCost, kind: body.kind, validityDays: body.validityDays ?? 90, active: body.active ?? true };
  if (body.description) r.description = body.description;
  const missing = (field) => new Problem(422, 'reward-value-missing', [{ field, message: msg.value }]);
  if (body.kind === 'AMOUNT_OFF') {
    if (!/^\d+(\.\d{1,2})?$/.test(String(body.amount ?? '')) || Number(body.amount) <= 0) throw missing('amount');
    Object.assign(r, { amount: Number(body.amount).toFixed(2), currency: shop.currency });
  } else if (body.kind === 'PERCENT_OFF') {
    if (!(Number(body.percent) > 0 && Number(body.percent) <= 100)) throw missing('percent');
    r.percent = String(body.percent);
  } else {
    if (!String(body.item ?? '').trim()) throw missing('item');
    r.item = body.item;
  }
  return r;
}

/** Runs an idempotent write: same key + same request replays the stored answer. */
function idempotent(req, shopId, fingerprintParts, msg, write) {
  const key = req.headers['idempotency-key'];
  if (!key || !/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new Problem(400, 'validation', [{ field: 'Idempotency-Key', message: msg.required }]);
  }
  const fingerprint = JSON.stringify(fingerprintParts);
  const stored = db.idempotency.get(`${shopId}|${key}`);
  if (stored) {
    if (stored.fingerprint !== fingerprint) throw new Problem(422, 'idempotency-key-reused');
    return [stored.status, stored.body];
  }
  const [status, body] = write();
  db.idempotency.set(`${shopId}|${key}`, { fingerprint, status, body });
  return [status, body];
}

function redeemReward(shop, customer, rewardId) {
  const reward = db.rewards.get(rewardId);
  if (!reward || reward.shopId !== shop.id || !reward.active) throw new Problem(404, 'not-found');
  if (balanceOf(customer.id).available < reward.pointsCost) throw new Problem(422, 'insufficient-points');
  const at = now();
  post({ customerId: customer.id, type: 'REDEMPTION', availableDelta: -reward.pointsCost, occurredAt: at, reason: reward.name });
  const voucher = {
    id: randomUUID(),
    shopId: shop.id,
    customerId: customer.id,
    code: newVoucherCode(),
    rewardName: reward.name,
    pointsSpent: reward.pointsCost,
    kind: reward.kind,
    ...(reward.amount ? { amount: reward.amount, currency: reward.currency } : {}),
    ...(reward.percent ? { percent: reward.percent } : {}),
    ...(reward.item ? { item: reward.item } : {}),
    validFrom: at,
    validUntil: new Date(Date.now() + reward.validityDays * 864e5).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    status: 'ISSUED',
  };
  db.vouchers.set(voucher.id, voucher);
  return [201, { voucher: voucherOut(voucher), balance: balanceOf(customer.id) }];
}

function vouchersOf(customerId) {
  return [...db.vouchers.values()].filter((v) => v.customerId === customerId).reverse().map(voucherOut);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A QR-look-alike PNG (a pattern derived from the code, NOT a real QR code): enough for the UI. */
function fakeQrPng(code) {
  const modules = 25;
  const scale = 8;
  const size = modules * scale;
  const bits = createHash('sha256').update(code).digest();
  const dark = (x, y) => {
    const finder = (fx, fy) => x >= fx && x < fx + 7 && y >= fy && y < fy + 7 &&
      !(x > fx && x < fx + 6 && y > fy && y < fy + 6 && !(x > fx + 1 && x < fx + 5 && y > fy + 1 && y < fy + 5));
    if (finder(0, 0) || finder(modules - 7, 0) || finder(0, modules - 7)) return true;
    const i = y * modules + x;
    return (bits[i % bits.length] >> (i % 8)) & 1;
  };
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(size + 1);
    for (let x = 0; x < size; x++) row[x + 1] = dark(Math.floor(x / scale), Math.floor(y / scale)) ? 0 : 255;
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // grey scale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function checkLoginRate(key) {
  if ((db.loginFailures.get(key) ?? 0) >= 5) throw new Problem(429, 'too-many-attempts');
}

async function handleApi(req, res, url, ctx) {
  const { method } = req;
  const p = url.pathname;
  const msg = ctx.msg;
  const body = ctx.body ?? {};
  const principal = ctx.principal;
  let m;
  releaseDuePoints();

  const staff = () => {
    if (!principal) throw new Problem(401, 'unauthenticated');
    if (principal.kind !== 'staff') throw new Problem(403, 'forbidden');
    return db.users.get(principal.id);
  };
  const owner = () => {
    const u = staff();
    if (u.role !== 'OWNER') throw new Problem(403, 'forbidden');
    return u;
  };
  const ownShop = (u, shopId) => {
    if (u.shopId !== shopId) throw new Problem(404, 'not-found');
    return db.shops.get(shopId);
  };
  const ownCustomer = (shopId, customerId) => {
    const c = db.customers.get(customerId);
    if (!c || c.shopId !== shopId) throw new Problem(404, 'not-found');
    return c;
  };

  if (method === 'GET' && p === '/api/v1/auth/session') return [200, sessionBody(principal)];

  if (method === 'POST' && p === '/api/v1/auth/signup') {
    const errors = required(body, ['shopName', 'shopSlug', 'currency', 'timeZone', 'ownerName', 'email', 'password'], msg);
    if (body.shopSlug && !/^[a-z0-9-]{3,40}$/.test(body.shopSlug)) errors.push({ field: 'shopSlug', message: msg.slug });
    if (body.password && body.password.length < 10) errors.push({ field: 'password', message: msg.password });
    if (body.email && !/^[^@\s]+@[^@\s]+$/.test(body.email)) errors.push({ field: 'email', message: msg.email });
    if ([...db.shops.values()].some((s) => s.slug === body.shopSlug)) errors.push({ field: 'shopSlug', message: msg.slugTaken });
    if (errors.length) throw new Problem(400, 'validation', errors);
    const shop = { id: randomUUID(), slug: body.shopSlug, name: body.shopName, currency: body.currency, timeZone: body.timeZone, nextNumber: 10001 };
    db.shops.set(shop.id, shop);
    db.programmes.set(shop.id, '1.0000');
    const user = { id: randomUUID(), name: body.ownerName, email: body.email.toLowerCase(), role: 'OWNER', shopId: shop.id, password: body.password };
    db.users.set(user.id, user);
    ctx.login({ kind: 'staff', id: user.id });
    return [201, sessionBody({ kind: 'staff', id: user.id })];
  }

  if (method === 'POST' && (p === '/api/v1/auth/login' || p === '/api/v1/portal/auth/login')) {
    const key = `${p}|${body.shop}|${String(body.email).toLowerCase()}`;
    checkLoginRate(key);
    const shop = [...db.shops.values()].find((s) => s.slug === body.shop);
    const email = String(body.email ?? '').toLowerCase();
    let found;
    if (shop && p === '/api/v1/auth/login') {
      const u = [...db.users.values()].find((x) => x.shopId === shop.id && x.email === email);
      if (u && u.password === body.password) found = { kind: 'staff', id: u.id };
    } else if (shop) {
      const c = [...db.customers.values()].find((x) => x.shopId === shop.id && x.email?.toLowerCase() === email);
      if (c && c.password && c.password === body.password) found = { kind: 'customer', id: c.id };
    }
    if (!found) {
      db.loginFailures.set(key, (db.loginFailures.get(key) ?? 0) + 1);
      throw new Problem(401, 'bad-credentials');
    }
    db.loginFailures.delete(key);
    ctx.login(found);
    return [200, sessionBody(found)];
  }

  if (method === 'POST' && p === '/api/v1/auth/logout') {
    ctx.logout();
    return [204, undefined];
  }

  if ((m = p.match(/^\/api\/v1\/auth\/invitations\/([^/]+)(\/accept)?$/))) {
    const inv = db.invitations.get(m[1]);
    if (!inv || inv.used || Date.parse(inv.expiresAt) < Date.now()) throw new Problem(404, 'not-found');
    if (method === 'GET' && !m[2]) return [200, { shopName: db.shops.get(inv.shopId).name, email: inv.email, role: inv.role }];
    if (method === 'POST' && m[2]) {
      const errors = required(body, ['name', 'password'], msg);
      if (body.password && body.password.length < 10) errors.push({ field: 'password', message: msg.password });
      if (errors.length) throw new Problem(400, 'validation', errors);
      inv.used = true;
      const user = { id: randomUUID(), name: body.name, email: inv.email, role: inv.role, shopId: inv.shopId, password: body.password };
      db.users.set(user.id, user);
      ctx.login({ kind: 'staff', id: user.id });
      return [200, sessionBody({ kind: 'staff', id: user.id })];
    }
  }

  if ((m = p.match(/^\/api\/v1\/portal\/auth\/activations\/([^/]+)$/))) {
    const act = db.activations.get(m[1]);
    if (!act || act.used || Date.parse(act.expiresAt) < Date.now()) throw new Problem(404, 'not-found');
    const c = db.customers.get(act.customerId);
    if (method === 'GET') return [200, { shopName: db.shops.get(c.shopId).name, email: c.email, firstName: c.firstName }];
    if (method === 'POST') {
      if (!body.password || body.password.length < 10) throw new Problem(400, 'validation', [{ field: 'password', message: msg.password }]);
      act.used = true;
      c.password = body.password;
      ctx.login({ kind: 'customer', id: c.id });
      return [200, sessionBody({ kind: 'customer', id: c.id })];
    }
  }

  if ((m = p.match(/^\/api\/v1\/portal\/(rewards|vouchers)(?:\/([^/]+)\/(redemptions|qr))?$/))) {
    if (!principal) throw new Problem(401, 'unauthenticated');
    if (principal.kind !== 'customer') throw new Problem(403, 'forbidden');
    const c = db.customers.get(principal.id);
    const shop = db.shops.get(c.shopId);
    if (method === 'GET' && m[1] === 'rewards' && !m[2]) {
      const items = [...db.rewards.values()].filter((r) => r.shopId === shop.id && r.active).sort((a, b) => a.pointsCost - b.pointsCost);
      return [200, { items: items.map(rewardOut) }];
    }
    if (method === 'POST' && m[1] === 'rewards' && m[3] === 'redemptions') {
      return idempotent(req, shop.id, [c.id, 'portal-redeem', m[2]], msg, () => redeemReward(shop, c, m[2]));
    }
    if (method === 'GET' && m[1] === 'vouchers' && !m[2]) return [200, { items: vouchersOf(c.id) }];
    if (method === 'GET' && m[1] === 'vouchers' && m[3] === 'qr') {
      const v = db.vouchers.get(m[2]);
      if (!v || v.customerId !== c.id) throw new Problem(404, 'not-found');
      return [200, fakeQrPng(v.code), 'image/png'];
    }
  }

  if (p === '/api/v1/portal/language' && method === 'PUT') {
    if (!principal) throw new Problem(401, 'unauthenticated');
    if (principal.kind !== 'customer') throw new Problem(403, 'forbidden');
    if (body.language !== 'de' && body.language !== 'en') {
      throw new Problem(400, 'validation', [{ field: 'language', message: msg.required }]);
    }
    db.customers.get(principal.id).language = body.language;
    return [200, { language: body.language }];
  }

  if (p === '/api/v1/portal/me' || p === '/api/v1/portal/ledger') {
    if (!principal) throw new Problem(401, 'unauthenticated');
    if (principal.kind !== 'customer') throw new Problem(403, 'forbidden');
    const c = db.customers.get(principal.id);
    if (p === '/api/v1/portal/me') {
      return [200, {
        customer: { id: c.id, number: c.number, firstName: c.firstName, lastName: c.lastName, email: c.email, language: c.language ?? 'de' },
        shop: shopOf(c.shopId),
        balance: balanceOf(c.id),
      }];
    }
    return [200, { items: ledgerItems(c.id, Number(url.searchParams.get('limit') ?? 50)) }];
  }

  if ((m = p.match(/^\/api\/v1\/shops\/([^/]+)(\/.*)?$/))) {
    const shopId = m[1];
    const rest = m[2] ?? '';
    const u = staff();
    const shop = ownShop(u, shopId);
    let n;
    if (method === 'GET' && rest === '') return [200, shopOf(shop.id)];
    if (rest === '/programme') {
      const programme = () => ({ basePointsPerUnit: db.programmes.get(shop.id), returnWindowDays: db.returnWindows.get(shop.id) ?? 0 });
      if (method === 'GET') return [200, programme()];
      if (method === 'PUT') {
        owner();
        // either field or both
        if (body.basePointsPerUnit !== undefined && !/^\d+(\.\d{1,4})?$/.test(String(body.basePointsPerUnit))) {
          throw new Problem(400, 'validation', [{ field: 'basePointsPerUnit', message: msg.required }]);
        }
        const days = body.returnWindowDays;
        if (days !== undefined && (!Number.isInteger(days) || days < 0 || days > 365)) {
          throw new Problem(422, 'invalid-return-window', [{ field: 'returnWindowDays', message: msg['invalid-return-window'] }]);
        }
        if (body.basePointsPerUnit !== undefined) db.programmes.set(shop.id, Number(body.basePointsPerUnit).toFixed(4));
        if (days !== undefined) db.returnWindows.set(shop.id, days);
        return [200, programme()];
      }
    }
    if (rest === '/staff' && method === 'GET') {
      owner();
      return [200, {
        items: [...db.users.values()].filter((x) => x.shopId === shop.id).map(({ id, name, email, role }) => ({ id, name, email, role })),
        invitations: [...db.invitations.values()]
          .filter((i) => i.shopId === shop.id && !i.used)
          .map(({ id, email, role, expiresAt }) => ({ id, email, role, expiresAt })),
      }];
    }
    if (rest === '/staff/invitations' && method === 'POST') {
      owner();
      const errors = required(body, ['email'], msg);
      if (errors.length) throw new Problem(400, 'validation', errors);
      const token = randomBytes(18).toString('base64url');
      const inv = { id: randomUUID(), email: body.email.toLowerCase(), role: 'AGENT', shopId: shop.id, expiresAt: new Date(Date.now() + 7 * 864e5).toISOString(), used: false };
      db.invitations.set(token, inv);
      return [201, { id: inv.id, email: inv.email, role: inv.role, expiresAt: inv.expiresAt, acceptPath: `/invite/${token}` }];
    }
    if ((n = rest.match(/^\/staff\/invitations\/([^/]+)$/)) && method === 'DELETE') {
      owner();
      const entry = [...db.invitations.entries()].find(([, i]) => i.id === n[1] && i.shopId === shop.id && !i.used);
      if (!entry) throw new Problem(404, 'not-found');
      db.invitations.delete(entry[0]);
      return [204, undefined];
    }
    if (rest === '/rewards' && method === 'GET') {
      const items = [...db.rewards.values()].filter((r) => r.shopId === shop.id).sort((a, b) => a.pointsCost - b.pointsCost);
      return [200, { items: items.map(rewardOut) }];
    }
    if (rest === '/rewards' && method === 'POST') {
      owner();
      const r = { id: randomUUID(), shopId: shop.id, ...rewardFromBody(body, shop, msg) };
      db.rewards.set(r.id, r);
      return [201, rewardOut(r)];
    }
    if ((n = rest.match(/^\/rewards\/([^/]+)$/)) && method === 'PUT') {
      owner();
      const old = db.rewards.get(n[1]);
      if (!old || old.shopId !== shop.id) throw new Problem(404, 'not-found');
      const r = { id: old.id, shopId: shop.id, ...rewardFromBody(body, shop, msg) };
      db.rewards.set(r.id, r);
      return [200, rewardOut(r)];
    }
    if ((n = rest.match(/^\/vouchers\/([^/]+)(\/redemption)?$/))) {
      const code = normaliseCode(n[1]);
      const v = [...db.vouchers.values()].find((x) => x.shopId === shop.id && x.code === code);
      if (!v) throw new Problem(404, 'not-found');
      if (method === 'GET' && !n[2]) return [200, voucherOut(v)];
      if (method === 'POST' && n[2]) {
        return idempotent(req, shop.id, [u.id, 'use', code], msg, () => {
          const status = voucherOut(v).status;
          if (status === 'REDEEMED') throw new Problem(409, 'voucher-already-redeemed', [{ field: 'code', message: msg['voucher-already-redeemed'] }]);
          if (status === 'EXPIRED') throw new Problem(422, 'voucher-expired', [{ field: 'code', message: msg['voucher-expired'] }]);
          v.status = 'REDEEMED';
          v.redeemedAt = now();
          return [200, voucherOut(v)];
        });
      }
    }
    if (rest === '/categories' && method === 'GET') return [200, { items: categoriesOf(shop.id) }];
    if (rest === '/mail-status' && method === 'GET') {
      owner();
      // the stand-in sends no mails
      return [200, { pending: 0, sent: 0, failed: 0, troubles: [] }];
    }
    if (rest === '/ledger-check' && method === 'GET') {
      owner();
      const accounts = [...db.customers.values()].filter((c) => c.shopId === shop.id).length;
      return [200, { checkedAt: now(), accounts, consistent: true, differences: [] }];
    }
    if ((n = rest.match(/^\/customers\/([^/]+)\/(redemptions|vouchers|adjustments)$/))) {
      const c = ownCustomer(shop.id, n[1]);
      if (method === 'GET' && n[2] === 'vouchers') return [200, { items: vouchersOf(c.id) }];
      if (method === 'POST' && n[2] === 'redemptions') {
        return idempotent(req, shop.id, [u.id, c.id, 'redeem', body], msg, () => redeemReward(shop, c, body.rewardId));
      }
      if (method === 'POST' && n[2] === 'adjustments') {
        owner();
        return idempotent(req, shop.id, [u.id, c.id, 'adjust', body], msg, () => {
          if (!Number.isInteger(body.points) || body.points === 0) throw new Problem(400, 'validation', [{ field: 'points', message: msg.required }]);
          if (!String(body.reason ?? '').trim()) throw new Problem(400, 'validation', [{ field: 'reason', message: msg.required }]);
          if (balanceOf(c.id).available + body.points < 0) throw new Problem(422, 'insufficient-points', [{ field: 'points', message: msg['insufficient-points'] }]);
          const entry = { id: randomUUID(), customerId: c.id, type: 'ADJUSTMENT', availableDelta: body.points, pendingDelta: 0, owedDelta: 0, occurredAt: now(), reason: body.reason.trim() };
          db.ledger.push(entry);
          const { customerId: _c, ...entryOut } = entry;
          return [201, { entry: entryOut, balance: balanceOf(c.id) }];
        });
      }
    }
    if (rest === '/customers' && method === 'GET') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const page = Number(url.searchParams.get('page') ?? 0);
      const size = Number(url.searchParams.get('size') ?? 25);
      const all = [...db.customers.values()]
        .filter((c) => c.shopId === shop.id)
        .filter((c) => !q || `${c.firstName} ${c.lastName} ${c.email ?? ''} ${c.number}`.toLowerCase().includes(q))
        .reverse();
      return [200, { items: all.slice(page * size, page * size + size).map(summary), page, size, total: all.length }];
    }
    if (rest === '/customers' && method === 'POST') {
      const errors = required(body, ['firstName', 'lastName', 'acquisitionChannel'], msg);
      if (body.email && !/^[^@\s]+@[^@\s]+$/.test(body.email)) errors.push({ field: 'email', message: msg.email });
      if (body.email && [...db.customers.values()].some((c) => c.shopId === shop.id && c.email?.toLowerCase() === body.email.toLowerCase())) {
        throw new Problem(409, 'conflict');
      }
      if (errors.length) throw new Problem(400, 'validation', errors);
      const c = {
        id: randomUUID(),
        shopId: shop.id,
        number: String(shop.nextNumber++),
        firstName: body.firstName,
        lastName: body.lastName,
        email: body.email || null,
        phone: body.phone || null,
        acquisitionChannel: body.acquisitionChannel,
        acquiredOn: body.acquiredOn || todayIn(shop.timeZone),
        createdAt: now(),
        password: null,
      };
      db.customers.set(c.id, c);
      const out = detail(c);
      if (c.email) {
        const token = randomBytes(18).toString('base64url');
        const expiresAt = new Date(Date.now() + 14 * 864e5).toISOString();
        db.activations.set(token, { customerId: c.id, expiresAt, used: false });
        out.portalActivation = { activationPath: `/portal/activate/${token}`, expiresAt };
      }
      return [201, out];
    }
    if ((n = rest.match(/^\/customers\/([^/]+)\/purchases\/([^/]+)\/returns$/)) && method === 'POST') {
      const c = ownCustomer(shop.id, n[1]);
      const purchase = db.purchases.find((x) => x.id === n[2] && x.customerId === c.id);
      if (!purchase) throw new Problem(404, 'not-found');
      return idempotent(req, shop.id, [u.id, c.id, 'return', purchase.id, body], msg, () => returnPurchase(shop, c, purchase, body, msg));
    }
    if ((n = rest.match(/^\/customers\/([^/]+)(\/ledger|\/purchases)?$/))) {
      const c = ownCustomer(shop.id, n[1]);
      const limit = Number(url.searchParams.get('limit') ?? 50);
      if (method === 'GET' && !n[2]) return [200, detail(c)];
      if (method === 'GET' && n[2] === '/ledger') return [200, { items: ledgerItems(c.id, limit) }];
      if (method === 'GET' && n[2] === '/purchases') {
        return [200, {
          items: db.purchases.filter((x) => x.customerId === c.id).slice().reverse().slice(0, limit).map(({ customerId: _c, ...x }) => x),
        }];
      }
      if (method === 'POST' && n[2] === '/purchases') {
        const key = req.headers['idempotency-key'];
        if (!key || !/^[\x21-\x7e]{1,255}$/.test(key)) {
          throw new Problem(400, 'validation', [{ field: 'Idempotency-Key', message: msg.required }]);
        }
        const fingerprint = JSON.stringify([c.id, body]);
        const stored = db.idempotency.get(`${shop.id}|${key}`);
        if (stored) {
          if (stored.fingerprint !== fingerprint) throw new Problem(422, 'idempotency-key-reused');
          return [stored.status, stored.body];
        }
        if (!/^\d+(\.\d{1,2})?$/.test(String(body.amount ?? '')) || Number(body.amount) <= 0) {
          throw new Problem(400, 'validation', [{ field: 'amount', message: msg.amount }]);
        }
        if (body.currency !== shop.currency) throw new Problem(400, 'validation', [{ field: 'currency', message: msg.required }]);
        const lines = purchaseLinesOf(body, msg);
        const points = Math.floor(Number(body.amount) * Number(db.programmes.get(shop.id)));
        const occurredAt = body.occurredAt || now();
        const releaseAt = new Date(Date.parse(occurredAt) + (db.returnWindows.get(shop.id) ?? 0) * 864e5);
        const pending = points > 0 && releaseAt.getTime() > Date.now();
        const purchase = {
          id: randomUUID(),
          customerId: c.id,
          amount: Number(body.amount).toFixed(2),
          currency: body.currency,
          reference: body.reference || null,
          occurredAt,
          pointsEarned: points,
          pointsPending: pending ? points : 0,
          releaseAt: pending ? releaseAt.toISOString().replace(/\.\d{3}Z$/, 'Z') : null,
          amountReturned: '0.00',
          pointsReversed: 0,
        };
        db.purchases.push(purchase);
        db.purchaseLines.set(purchase.id, lines);
        if (points > 0) {
          post({
            customerId: c.id,
            type: 'PURCHASE_EARN',
            availableDelta: pending ? 0 : points,
            pendingDelta: pending ? points : 0,
            occurredAt: purchase.occurredAt,
            purchase: purchaseRef(purchase),
          });
          if (!pending) settleShortfall(c.id, purchase.occurredAt);
        }
        const { customerId: _c, ...purchaseOut } = purchase;
        const result = { purchase: purchaseOut, pointsEarned: points, balance: balanceOf(c.id), lines };
        db.idempotency.set(`${shop.id}|${key}`, { fingerprint, status: 201, body: result });
        return [201, result];
      }
    }
  }
  throw new Problem(404, 'not-found');
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

async function serveStatic(req, res, url) {
  let file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
  if (!file.startsWith(DIST)) file = path.join(DIST, 'index.html');
  try {
    if (!(await stat(file)).isFile()) throw new Error('dir');
  } catch {
    file = path.join(DIST, 'index.html'); // SPA fallback
  }
  try {
    const data = await readFile(file);
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : data);
  } catch {
    res.writeHead(500, { 'Content-Type': 'text/plain' });
    res.end('dist/ is missing: run npm run build first');
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host ?? 'localhost'}`);
  if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url);

  const cookies = parseCookies(req.headers.cookie);
  const lang = String(req.headers['accept-language'] ?? 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
  const setCookies = [];
  let sessionId = cookies.SESSION && db.sessions.has(cookies.SESSION) ? cookies.SESSION : undefined;
  let csrf = cookies['XSRF-TOKEN'];
  const issueCsrf = () => {
    csrf = randomUUID();
    setCookies.push(`XSRF-TOKEN=${csrf}; Path=/; SameSite=Lax`);
  };
  if (!csrf) issueCsrf();

  const ctx = {
    msg: MESSAGES[lang],
    principal: sessionId ? db.sessions.get(sessionId).principal : undefined,
    login(principal) {
      if (sessionId) db.sessions.delete(sessionId);
      sessionId = randomUUID();
      db.sessions.set(sessionId, { principal });
      setCookies.push(`SESSION=${sessionId}; Path=/; HttpOnly; SameSite=Lax`);
      issueCsrf();
    },
    logout() {
      if (sessionId) db.sessions.delete(sessionId);
      sessionId = undefined;
      setCookies.push('SESSION=; Path=/; HttpOnly; Max-Age=0');
      issueCsrf();
    },
  };

  let status;
  let body;
  let contentType;
  try {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && (!cookies['XSRF-TOKEN'] || req.headers['x-xsrf-token'] !== cookies['XSRF-TOKEN'])) {
      throw new Problem(403, 'forbidden');
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (raw) {
      try {
        ctx.body = JSON.parse(raw);
      } catch {
        throw new Problem(400, 'validation');
      }
    }
    [status, body, contentType] = await handleApi(req, res, url, ctx);
  } catch (e) {
    if (!(e instanceof Problem)) console.error(e);
    const problem = e instanceof Problem ? e : new Problem(500, 'server-error');
    status = problem.status;
    const title = MESSAGES[lang][problem.code] ?? problem.code;
    body = {
      type: `https://stammkunde.de/problems/${problem.code}`,
      title,
      status,
      detail: title,
      code: problem.code,
      errors: problem.errors,
    };
  }
  const headers = { 'Set-Cookie': setCookies, 'Cache-Control': 'no-store' };
  if (status >= 400) headers['Content-Type'] = 'application/problem+json';
  else if (contentType) headers['Content-Type'] = contentType;
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  res.writeHead(status, headers);
  res.end(body === undefined ? undefined : Buffer.isBuffer(body) ? body : JSON.stringify(body));
  if (process.env.MOCK_LOG) console.log(`${req.method} ${url.pathname} → ${status}`);
});

server.listen(PORT, HOST, () => console.log(`Stammkunde mock backend on http://${HOST}:${PORT} (serving ${DIST})`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
