import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './routes.js';

describe('routes', () => {
  it.each([
    ['/', '?q=%D8%A7&page=2', { page: 'search', q: 'ا', p: 2, expand: false }],
    ['/', '?page=-3&expand=1', { page: 'search', q: '', p: 1, expand: true }],
    ['/doc/3f2a9c01d4e5b6a7', '?q=x', { page: 'document', id: '3f2a9c01d4e5b6a7', q: 'x' }],
    ['/doc/not-an-id', '', { page: 'missing', path: '/doc/not-an-id' }],
    ['/entity/loc%3Aiq-mosul', '', { page: 'entity', key: 'loc:iq-mosul' }],
    ['/entity/%E0%A4%A', '', { page: 'missing', path: '/entity/%E0%A4%A' }],
    ['/statements', '?medium=audio&bogus=1', { page: 'statements', filters: { medium: 'audio' } }],
    ['/map', '?q=a', { page: 'map', q: 'a' }],
    ['/ingest', '', { page: 'ingest' }],
    ['/entities', '?type=LOC', { page: 'entities', type: 'LOC', prefix: '' }],
  ])('parses %s%s', (path, search, expected) => {
    expect(parseRoute(path, search)).toEqual(expected);
  });

  it('writes URLs that parse back to the same route', () => {
    const key = 'per:ابو-سالم-الحمداني';
    const url = new URL(href.entity(key), 'http://x');
    expect(parseRoute(url.pathname, url.search)).toEqual({ page: 'entity', key });
    const s = new URL(href.statements({ speaker: key, from: '2015-07-01', medium: '' }), 'http://x');
    expect(parseRoute(s.pathname, s.search)).toEqual({
      page: 'statements',
      filters: { speaker: key, from: '2015-07-01' },
    });
    expect(href.search('')).toBe('/');
  });
});
