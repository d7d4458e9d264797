import { describe, expect, it } from 'vitest';
import { contractChecker } from './openapi-check.js';

const doc = {
  paths: {
    '/api/things/{id}': {
      get: {
        responses: {
          200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        properties: { id: { type: 'string' }, n: { type: ['integer', 'null'] } },
        required: ['id', 'n'],
      },
    },
  },
};

describe('contractChecker', () => {
  const checker = contractChecker(doc);
  it.each([
    ['a body that matches', 'GET', '/api/things/a1', 200, 'application/json', { id: 'a', n: null }, 0],
    ['a missing field', 'GET', '/api/things/a1', 200, 'application/json', { id: 'a' }, 1],
    ['a wrong type', 'GET', '/api/things/a1', 200, 'application/json; charset=utf-8', { id: 1, n: 2 }, 1],
    ['an undeclared status', 'GET', '/api/things/a1', 404, 'application/json', {}, 1],
    ['an undeclared method', 'POST', '/api/things/a1', 200, 'application/json', {}, 1],
    ['an undeclared path', 'GET', '/api/other', 200, 'application/json', {}, 1],
    ['an undeclared content type', 'GET', '/api/things/a1', 200, 'text/csv', '', 1],
  ])('reports %s', (_what, method, path, status, type, body, problems) => {
    expect(checker.check(method, path, status, type, body)).toHaveLength(problems);
  });
});
