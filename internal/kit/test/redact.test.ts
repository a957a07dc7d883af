import { describe, expect, it } from 'vitest';
import { createLogger } from '../src';

/** The logger's redaction, on the shapes that leaked before: a driver error, a request's fields. */
describe('log redaction', () => {
  const capture = () => {
    const lines: string[] = [];
    return { lines, logger: createLogger('debug', { service: 'test' }, (line) => void lines.push(line)) };
  };

  it('keeps SQL parameters, hashes and emails of a failed query out of the line', () => {
    const { lines, logger } = capture();
    // postgres.js's PostgresError carries the statement and its parameters as properties…
    const pg = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      name: 'PostgresError',
      code: '22021',
      query: 'insert into users (email, name, password_hash) values ($1, $2, $3)',
      parameters: ['alice@example.com', 'Alice', 'scrypt$32768$8$1$c2FsdA$aGFzaA'],
      args: ['alice@example.com'],
    });
    // …and drizzle wraps it with both in the message (and so in the stack).
    const drizzle = new Error(
      'Failed query: insert into users (email, name, password_hash) values ($1, $2, $3)\nparams: alice@example.com,Alice,scrypt$32768$8$1$c2FsdA$aGFzaA',
      { cause: pg },
    );
    logger.error('unexpected resolver error', { error: drizzle, email: 'bob.smith@example.org' });
    const line = lines.join('');
    for (const secret of ['alice@', 'bob.smith', 'c2FsdA', 'aGFzaA', 'Alice,']) expect(line).not.toContain(secret);
    const entry = JSON.parse(line);
    expect(entry.email).toBe('b***@example.org');
    expect(entry.error.message).toBe('Failed query: insert into users (email, name, password_hash) values ($1, $2, $3)\nparams: [redacted]');
    expect(entry.error.cause).toMatchObject({ name: 'PostgresError', code: '22021', message: 'invalid byte sequence for encoding "UTF8": 0x00' });
    expect(entry.error.cause.parameters).toBeUndefined();
    expect(entry.error.cause.query).toBeUndefined();
  });

  it('redacts secret-named fields, tokens, card numbers and bearer headers anywhere in a line', () => {
    const { lines, logger } = capture();
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJlc2lnbmF0dXJl';
    logger.warn(`login by carol@example.com with ${jwt}`, {
      password: 'hunter2hunter2',
      refreshToken: 'rt_abcdefghijklmnop',
      headers: { authorization: `Bearer ${jwt}`, 'x-shop-identity-sig': 'ab'.repeat(32) },
      note: 'card 4242 4242 4242 4242 and order 1764762000001',
      variables: { input: { cardNumber: '4000000000000002' } },
    });
    const line = lines.join('');
    for (const secret of ['hunter2', 'rt_abc', jwt, '4242 4242', '4000000000000002', 'carol@', 'abab']) expect(line).not.toContain(secret);
    const entry = JSON.parse(line);
    expect(entry.msg).toBe('login by c***@example.com with [token]');
    expect(entry.note).toBe('card [card] and order 1764762000001');
    expect(entry.password).toBe('[redacted]');
  });
});
