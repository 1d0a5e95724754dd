//! Federation policy: which instances this node exchanges anything with.

use super::vocab::FederationMode;

/// Open, or a block- or allowlist of instance hosts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub mode: FederationMode,
    /// Hosts (`example.nl`, `localhost:8081`); a listed domain covers its subdomains.
    pub instances: Vec<String>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy { mode: FederationMode::Open, instances: Vec::new() }
    }
}

/// Lowercases a host and drops a trailing dot, so `Example.NL.` and `example.nl` are one.
pub fn normalize_host(host: &str) -> String {
    host.trim().trim_end_matches('.').to_ascii_lowercase()
}

impl Policy {
    fn listed(&self, host: &str) -> bool {
        let host = normalize_host(host);
        self.instances.iter().any(|listed| {
            let listed = normalize_host(listed);
            host == listed || host.strip_suffix(&listed).is_some_and(|prefix| prefix.ends_with('.'))
        })
    }

    /// May we send to, accept from and fetch from this host?
    pub fn allows(&self, host: &str) -> bool {
        match self.mode {
            FederationMode::Open => true,
            FederationMode::Blocklist => !self.listed(host),
            FederationMode::Allowlist => self.listed(host),
        }
    }

    /// Parses the instance list an administrator typed: one host per line or comma-separated.
    pub fn parse_instances(text: &str) -> Vec<String> {
        let mut hosts: Vec<String> = text.split([',', '\n', ' ']).map(normalize_host).filter(|h| !h.is_empty()).collect();
        hosts.sort();
        hosts.dedup();
        hosts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(mode: FederationMode, hosts: &[&str]) -> Policy {
        Policy { mode, instances: hosts.iter().map(|h| h.to_string()).collect() }
    }

    #[test]
    fn open_allows_everyone() {
        assert!(policy(FederationMode::Open, &["a.example"]).allows("a.example"));
    }

    #[test]
    fn blocklist_blocks_listed_domains_and_their_subdomains() {
        let p = policy(FederationMode::Blocklist, &["bad.example"]);
        assert!(!p.allows("bad.example"));
        assert!(!p.allows("Social.Bad.Example."));
        assert!(p.allows("notbad.example"));
        assert!(p.allows("good.example"));
    }

    #[test]
    fn allowlist_allows_only_listed_hosts() {
        let p = policy(FederationMode::Allowlist, &["partner.be", "localhost:8081"]);
        assert!(p.allows("partner.be"));
        assert!(p.allows("localhost:8081"));
        assert!(!p.allows("localhost:8082"));
        assert!(!p.allows("other.nl"));
    }

    #[test]
    fn instance_lists_are_normalized() {
        assert_eq!(Policy::parse_instances("B.example, a.example\n\nb.example."), vec!["a.example", "b.example"]);
    }
}
