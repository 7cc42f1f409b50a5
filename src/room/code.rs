//! Join codes and participant tokens: random from the operating system's
//! CSPRNG, compared in constant time, and a wait for addresses that keep
//! guessing.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

/// Letters of a join code: no 0/O or 1/I/L to misread from a projector.
const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// How many characters a join code has (31^8 ≈ 8.5 × 10^11 codes).
pub const CODE_LEN: usize = 8;

/// Random bytes from the operating system.
fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| format!("no random numbers from the system: {e}"))?;
    Ok(bytes)
}

/// A fresh join code of [`CODE_LEN`] characters.
pub fn new_code() -> Result<String, String> {
    // Rejection sampling keeps every letter equally likely.
    let mut code = String::with_capacity(CODE_LEN);
    while code.len() < CODE_LEN {
        for byte in random_bytes::<16>()? {
            let limit = 256 - 256 % ALPHABET.len();
            if usize::from(byte) < limit && code.len() < CODE_LEN {
                code.push(char::from(ALPHABET[usize::from(byte) % ALPHABET.len()]));
            }
        }
    }
    Ok(code)
}

/// A fresh participant token: 128 random bits in hex.
pub fn new_token() -> Result<String, String> {
    Ok(random_bytes::<16>()?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Whether two strings are equal, in time that depends only on their
/// lengths: every byte is compared, whatever differs first.
pub fn same(given: &str, expected: &str) -> bool {
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    let mut differ = u8::from(a.len() != b.len());
    for (i, byte) in b.iter().enumerate() {
        differ |= a.get(i).copied().unwrap_or(0) ^ byte;
    }
    differ == 0
}

/// Wrong codes from one address before it has to wait.
pub const FREE_TRIES: u32 = 5;

/// The longest an address waits.
pub const MAX_WAIT: Duration = Duration::from_secs(300);

/// Wrong codes per address, and until when each must wait.
#[derive(Debug, Default)]
pub struct Backoff {
    misses: HashMap<IpAddr, (u32, Option<Instant>)>,
}

impl Backoff {
    /// How long `addr` must still wait at `now`, if at all.
    pub fn waiting(&self, addr: IpAddr, now: Instant) -> Option<Duration> {
        let until = self.misses.get(&addr)?.1?;
        (until > now).then(|| until - now)
    }

    /// Counts a wrong code from `addr`: after [`FREE_TRIES`] the address
    /// waits 1 s, then 2 s, 4 s … up to [`MAX_WAIT`].
    pub fn missed(&mut self, addr: IpAddr, now: Instant) {
        // Bounded: a flood of addresses forgets the oldest state wholesale.
        if self.misses.len() > 10_000 {
            self.misses.clear();
        }
        let entry = self.misses.entry(addr).or_insert((0, None));
        entry.0 = entry.0.saturating_add(1);
        if entry.0 >= FREE_TRIES {
            let doublings = (entry.0 - FREE_TRIES).min(16);
            let wait = Duration::from_secs(1u64 << doublings).min(MAX_WAIT);
            entry.1 = Some(now + wait);
        }
    }

    /// Forgets an address's misses (it gave the right code).
    pub fn forgive(&mut self, addr: IpAddr) {
        self.misses.remove(&addr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_eight_unambiguous_letters_and_differ() {
        let a = new_code().expect("code");
        let b = new_code().expect("code");
        assert_eq!(a.len(), CODE_LEN);
        assert!(a.bytes().all(|c| ALPHABET.contains(&c)));
        assert_ne!(a, b);
    }

    #[test]
    fn same_compares_whole_strings() {
        assert!(same("ABCD2345", "ABCD2345"));
        assert!(!same("ABCD2346", "ABCD2345"));
        assert!(!same("ABCD234", "ABCD2345"));
        assert!(!same("ABCD23450", "ABCD2345"));
        assert!(!same("", "ABCD2345"));
    }

    #[test]
    fn an_address_waits_after_five_wrong_codes_and_longer_after_more() {
        let mut backoff = Backoff::default();
        let addr = IpAddr::from([10, 0, 0, 7]);
        let now = Instant::now();
        for _ in 0..4 {
            backoff.missed(addr, now);
        }
        assert_eq!(backoff.waiting(addr, now), None);
        backoff.missed(addr, now);
        assert_eq!(backoff.waiting(addr, now), Some(Duration::from_secs(1)));
        backoff.missed(addr, now);
        assert_eq!(backoff.waiting(addr, now), Some(Duration::from_secs(2)));
        assert_eq!(backoff.waiting(IpAddr::from([10, 0, 0, 8]), now), None);
        backoff.forgive(addr);
        assert_eq!(backoff.waiting(addr, now), None);
    }
}
