import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../errors.ts';
import { checkPasswordPolicy } from './password.ts';

const person = { email: 'camille.martin@hotline.test', displayName: 'Camille Martin' };

/** The reason a password is refused for, or 'accepted'. */
async function verdictOn(password: string): Promise<string> {
  try {
    await checkPasswordPolicy(password, person);
    return 'accepted';
  } catch (error) {
    assert.ok(error instanceof AppError);
    assert.equal(error.status, 400);
    return error.code === 'auth.password_too_guessable' ? String(error.details?.reason) : error.code;
  }
}

describe('choosing a password', () => {
  test('the most common passwords are refused, long enough or not', async () => {
    for (const password of [
      'password1234',
      '123456789012',
      'Password123!',
      'iloveyou2024!',
      'azerty123456',
    ]) {
      assert.equal(await verdictOn(password), 'common', password);
    }
  });

  test('keyboard rows, repeats, sequences, and the person’s own name or address are refused', async () => {
    assert.equal(await verdictOn('azertyuiop123'), 'keyboard');
    assert.equal(await verdictOn('aaaaaaaaaaaaaa'), 'pattern');
    assert.equal(await verdictOn('abcdefghijkl'), 'pattern');
    assert.equal(await verdictOn('camille.martin2024'), 'personal');
    assert.equal(await verdictOn('hotline.test2024'), 'personal');
    assert.equal(await verdictOn('motdepasse123'), 'guessable');
  });

  test('phrases of several words pass; the length and e-mail rules still come first', async () => {
    for (const password of [
      'une phrase de passe assez longue',
      'correct horse battery staple',
      'Bonjour tout le monde',
    ]) {
      assert.equal(await verdictOn(password), 'accepted', password);
    }
    assert.equal(await verdictOn('short'), 'auth.password_policy');
    assert.equal(await verdictOn(person.email.toUpperCase()), 'auth.password_policy');
  });

  test('the message says why, in words a person can act on', async () => {
    await assert.rejects(checkPasswordPolicy('password1234', person), (error: AppError) => {
      assert.match(error.message, /one of the most common passwords/);
      assert.match(error.message, /phrase of several unrelated words/);
      return true;
    });
  });
});
