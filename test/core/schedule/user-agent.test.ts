import { describe, expect, it } from 'vitest';
import { userAgent } from '../../../functions/core/schedule/user-agent.js';

describe('userAgent', () => {
  it('names the product, the contact and the deployment', () => {
    expect(userAgent({ deployment: 'newsdesk-eu', contact: 'desk@example.org', version: '0.1.0' })).toBe(
      'feedwatch/0.1.0 (+mailto:desk@example.org; deployment newsdesk-eu)',
    );
    expect(userAgent({ deployment: 'Monitoring desk', contact: 'https://example.org/bots' })).toBe(
      'feedwatch (+https://example.org/bots; deployment Monitoring desk)',
    );
  });

  it('keeps characters that would break the header out of it', () => {
    expect(userAgent({ deployment: 'desk (test);\r\nX-Evil: 1', contact: 'a@b.org' })).toBe(
      'feedwatch (+mailto:a@b.org; deployment desk test X-Evil: 1)',
    );
  });

  it('refuses a contact no one could reach', () => {
    expect(() => userAgent({ deployment: 'desk', contact: 'the ops team' })).toThrow(/email address or an http/);
    expect(() => userAgent({ deployment: ' ', contact: 'a@b.org' })).toThrow(/name/);
  });
});
