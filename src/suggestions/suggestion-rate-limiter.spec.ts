import { AuthSecrets } from '../auth/auth-secrets';
import type { Environment } from '../config/environment';
import type { SuggestionsRepository } from './suggestions.repository';
import { senderOf, SuggestionRateLimiter } from './suggestion-rate-limiter';

describe('senderOf', () => {
  it('counts an IPv4 address as itself, also mapped into IPv6, and an IPv6 address by its /64', () => {
    expect(senderOf('203.0.113.7')).toBe('203.0.113.7');
    expect(senderOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(senderOf('2001:db8:1:2:aaaa::1')).toBe(senderOf('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(senderOf('2001:db8:1:2::1')).not.toBe(senderOf('2001:db8:1:3::1'));
    expect(senderOf('no es una dirección')).toBe('no es una dirección');
  });
});

describe(SuggestionRateLimiter.name, () => {
  const limiter = (secret: string) => new SuggestionRateLimiter(new AuthSecrets(secret, '30m'), { SUGGESTIONS_PER_HOUR: 3 } as Environment, {} as SuggestionsRepository);

  it('keys a sender by an HMAC of address and hour that holds neither, the same on every instance with the same secret', () => {
    const a = limiter('s'.repeat(40));
    const key = a.keyOf('203.0.113.7', '490000');
    expect(key).toHaveLength(32);
    expect(key.equals(limiter('s'.repeat(40)).keyOf('::ffff:203.0.113.7', '490000'))).toBe(true);
    expect(key.equals(a.keyOf('203.0.113.7', '490001'))).toBe(false);
    expect(key.equals(limiter('t'.repeat(40)).keyOf('203.0.113.7', '490000'))).toBe(false);
    expect(key.toString('latin1')).not.toContain('203.0.113');
  });
});
