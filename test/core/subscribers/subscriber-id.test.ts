import { describe, expect, it } from 'vitest';
import { subscriberAddress, subscriberId } from '../../../functions/core/subscribers/subscriber-id.js';

describe('subscriberId', () => {
  it('is 16 hex digits from the lower-cased address', () => {
    expect(subscriberId('desk@example.org')).toBe('0c2074a87dae90ee');
    expect(subscriberId('analyst@example.org')).toBe('7ee4dae1cba17bf6');
  });

  it('is the same however the address is capitalised or padded', () => {
    expect(subscriberId(' Desk@Example.ORG ')).toBe('0c2074a87dae90ee');
    expect(subscriberAddress(' Desk@Example.ORG ')).toBe('desk@example.org');
  });

  it('tells two addresses apart', () => {
    expect(subscriberId('desk@example.org')).not.toBe(subscriberId('desk2@example.org'));
  });
});
