import { describe, expect, it } from 'vitest';
import type { Release, ReleaseList } from '../store/types.js';
import { formatReleases, releaseFilter, releasesJsonl } from './events.js';
import { PLAIN } from './format-text.js';

const RELEASE: Release = {
  type: 'statement',
  speaker: { name: 'سالم الحربي', entity: 'per:سالم-الحربي' },
  organization: { name: 'جماعة النور', entity: 'org:nour' },
  medium: 'audio',
  channel: 'Telegram',
  title: 'صبر وثبات',
  date: { value: '2015-07-19', text: 'أمس' },
  attribution: 'unverified',
  reports: [
    {
      id: 'abc123def4567890',
      title: 'الجماعة تبث تسجيلا',
      outlet: 'صحيفة',
      published: '2015-07-20',
      url: null,
      attribution: 'unverified',
      current: true,
      start: 10,
      end: 22,
    },
  ],
};

describe('marsad events', () => {
  it('lists statements by default and pages by limit', () => {
    expect(releaseFilter({ limit: 10, page: 3, medium: ['Audio'] })).toMatchObject({
      type: 'statement',
      media: ['audio'],
      limit: 10,
      offset: 20,
      currentOnly: false,
    });
    expect(releaseFilter({ type: 'all' }).type).toBeNull();
  });

  it('prints a table row per release with its report', () => {
    const list: ReleaseList = { total: 1, truncated: false, releases: [RELEASE] };
    const text = formatReleases(list, releaseFilter({}), PLAIN);
    expect(text).toContain('1 release(s)');
    expect(text).toContain('2015-07-19');
    expect(text).toContain('سالم الحربي');
    expect(text).toContain('Telegram');
    expect(text).toContain('«صبر وثبات»');
  });

  it('writes one JSON line per release', () => {
    const lines = releasesJsonl([RELEASE, RELEASE]).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ medium: 'audio', channel: 'Telegram' });
  });
});
