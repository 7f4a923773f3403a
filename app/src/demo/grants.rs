//! Who may see which sentinel, derived from the release decisions in force and the
//! demo's own party windows (never from the access policy under test). Kept apart from
//! the builder so the leak check can derive it again from the decisions a database
//! holds after tests have decided (`minsak leak-check`).

use super::builder::{token_spans, tokens_outside};
use super::{DemoData, SentinelGrant};
use crate::domain::{Document, ReleaseDecision, ReleaseState};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};

/// The `LEAK-...` tokens in `text`.
pub fn tokens_in(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    token_spans(&chars)
        .into_iter()
        .map(|(s, e)| chars[s..e].iter().collect())
        .collect()
}

impl DemoData {
    /// Replaces the decisions (keeping only those on demo documents) and derives the
    /// grants from them again.
    pub fn regrant(&mut self, decisions: Vec<ReleaseDecision>) {
        let docs: HashMap<&str, &Document> =
            self.documents.iter().map(|d| (d.id.as_str(), d)).collect();
        let decisions: Vec<ReleaseDecision> = decisions
            .into_iter()
            .filter(|d| docs.contains_key(d.document_id.as_str()))
            .collect();
        self.decisions = decisions;
        let mut grants = self.fixed_grants.clone();
        grants.extend(self.decision_grants());
        self.grants = grants;
    }

    /// The decision in force per (document, person): the highest sequence number, the
    /// database's order of writing.
    pub(crate) fn decisions_in_force(&self) -> Vec<&ReleaseDecision> {
        let mut newest: HashMap<(&str, &str), &ReleaseDecision> = HashMap::new();
        for d in &self.decisions {
            let key = (d.document_id.as_str(), d.person_id.as_str());
            if newest.get(&key).is_none_or(|n| n.seq < d.seq) {
                newest.insert(key, d);
            }
        }
        let mut out: Vec<&ReleaseDecision> = newest.into_values().collect();
        out.sort_by_key(|d| d.seq);
        out
    }

    /// The tokens a decision releases to its party: what it shows of the body, the
    /// title whenever the document is listed, the justification written for this party
    /// with a withholding or a partial share (why the hidden parts are hidden), the
    /// PDF's own token with a share that covered the PDF.
    fn released_by(&self, doc: &Document, d: &ReleaseDecision) -> Vec<String> {
        let justification = tokens_in(d.justification.as_deref().unwrap_or(""));
        let mut out = match d.state {
            ReleaseState::Shared => tokens_outside(doc, &[]),
            ReleaseState::PartlyShared => {
                let mut out = tokens_outside(doc, &d.redactions);
                out.extend(justification);
                out
            }
            ReleaseState::Withheld => justification,
            ReleaseState::NotDecided => return Vec::new(),
        };
        out.extend(tokens_in(&doc.title));
        if d.state == ReleaseState::Shared && d.covers_pdf && doc.has_pdf {
            out.extend(
                self.pdf_tokens
                    .iter()
                    .filter(|(id, _)| *id == doc.id)
                    .map(|(_, t)| t.clone()),
            );
        }
        // The party's own innsyn request is shown with the document it is about.
        out.extend(
            self.innsyn
                .iter()
                .filter(|r| r.document_id == doc.id && r.person_id == d.person_id)
                .flat_map(|r| tokens_in(&r.message)),
        );
        out
    }

    fn decision_grants(&self) -> Vec<SentinelGrant> {
        let docs: HashMap<&str, &Document> =
            self.documents.iter().map(|d| (d.id.as_str(), d)).collect();
        let mut grants = Vec::new();
        for d in self.decisions_in_force() {
            let doc = docs[d.document_id.as_str()];
            let visible = self.released_by(doc, d);
            for w in self
                .windows
                .iter()
                .filter(|w| w.case_id == doc.case_id && w.person_id == d.person_id)
            {
                for token in &visible {
                    grants.push(SentinelGrant {
                        token: token.clone(),
                        person_id: d.person_id.clone(),
                        from: w.from,
                        until: w.until,
                    });
                }
            }
        }
        grants
    }

    /// Whether the demo gives `person_id` party rights in `case_id` on `on`.
    pub fn has_window(&self, person_id: &str, case_id: &str, on: NaiveDate) -> bool {
        self.windows.iter().any(|w| {
            w.person_id == person_id
                && w.case_id == case_id
                && w.from <= on
                && w.until.is_none_or(|u| u >= on)
        })
    }

    /// The consents `person_id` may open on `on`: those asked of them in a case where
    /// the demo has them as a party that day.
    pub fn visible_consents(&self, person_id: &str, on: NaiveDate) -> Vec<String> {
        self.consents
            .iter()
            .filter(|c| c.asked.iter().any(|p| p == person_id))
            .filter(|c| self.has_window(person_id, &c.case_id, on))
            .map(|c| c.id.clone())
            .collect()
    }

    /// The thread a demo attachment was sent in.
    pub fn thread_of(
        &self,
        a: &crate::store::attachments::Attachment,
    ) -> Option<&crate::store::post::Thread> {
        let message = a.message_id.as_deref()?;
        self.threads
            .iter()
            .find(|(_, ms)| ms.iter().any(|m| m.id == message))
            .map(|(t, _)| t)
    }

    /// The text of the files sent in `thread_id` (what its party is shown of them).
    pub fn attachment_texts(&self, thread_id: &str) -> Vec<String> {
        self.attachments
            .iter()
            .filter(|(a, _)| self.thread_of(a).is_some_and(|t| t.id == thread_id))
            .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
            .collect()
    }

    /// The threads `person_id` may open on `on`: their own, in a case where the demo has
    /// them as a party that day.
    pub fn visible_threads(&self, person_id: &str, on: NaiveDate) -> Vec<String> {
        self.threads
            .iter()
            .filter(|(t, _)| t.person_id == person_id && self.has_window(person_id, &t.case_id, on))
            .map(|(t, _)| t.id.clone())
            .collect()
    }

    /// The cases `person_id` may open on `on`, by the demo's own record.
    pub fn visible_cases(&self, person_id: &str, on: NaiveDate) -> BTreeSet<String> {
        self.cases
            .iter()
            .filter(|c| self.has_window(person_id, &c.id, on))
            .map(|c| c.id.clone())
            .collect()
    }

    /// The documents listed for `person_id` on `on` (title at least), and of those the
    /// ones whose PDF they may download.
    pub fn visible_documents(
        &self,
        person_id: &str,
        on: NaiveDate,
    ) -> (BTreeSet<String>, BTreeSet<String>) {
        let cases = self.visible_cases(person_id, on);
        let mut listed = BTreeSet::new();
        let mut pdfs = BTreeSet::new();
        for d in self.decisions_in_force() {
            let Some(doc) = self.documents.iter().find(|x| x.id == d.document_id) else {
                continue;
            };
            if d.person_id != person_id
                || !cases.contains(&doc.case_id)
                || d.state == ReleaseState::NotDecided
            {
                continue;
            }
            listed.insert(doc.id.clone());
            if d.state == ReleaseState::Shared && d.covers_pdf && doc.has_pdf {
                pdfs.insert(doc.id.clone());
            }
        }
        (listed, pdfs)
    }

    /// The minutes `person_id` can read on `on` (shared with them in full or in part, in
    /// a case they see), and so open for comments on: each has its comments page.
    pub fn readable_minutes(&self, person_id: &str, on: NaiveDate) -> BTreeSet<String> {
        let cases = self.visible_cases(person_id, on);
        self.decisions_in_force()
            .into_iter()
            .filter(|d| d.person_id == person_id)
            .filter(|d| crate::access::minutes::shared_for_comment(d.state))
            .filter_map(|d| self.documents.iter().find(|x| x.id == d.document_id))
            .filter(|doc| {
                doc.doc_type == crate::domain::DocType::Motereferat && cases.contains(&doc.case_id)
            })
            .map(|doc| doc.id.clone())
            .collect()
    }

    /// National ids `person_id` must never receive: everyone else's (only the person
    /// themself is shown theirs).
    pub fn forbidden_pids(&self, person_id: &str) -> Vec<String> {
        self.persons
            .iter()
            .filter(|p| p.id != person_id)
            .map(|p| p.pid.clone())
            .collect()
    }

    /// Full names `person_id` must never receive on `on`: those of persons on none of
    /// the cases they may open. Only names that identify one person (no other person
    /// or employee has it) count; the others prove nothing.
    pub fn forbidden_names(&self, person_id: &str, on: NaiveDate) -> Vec<String> {
        let mut count: HashMap<String, usize> = HashMap::new();
        for name in self
            .persons
            .iter()
            .map(|p| p.full_name())
            .chain(self.staff.iter().map(|s| s.name.clone()))
        {
            *count.entry(name).or_default() += 1;
        }
        let cases = self.visible_cases(person_id, on);
        let known: BTreeSet<&str> = self
            .parties
            .iter()
            .filter(|p| cases.contains(&p.case_id))
            .map(|p| p.person_id.as_str())
            .chain(
                self.cases
                    .iter()
                    .filter(|c| cases.contains(&c.id))
                    .map(|c| c.main_person_id.as_str()),
            )
            .chain([person_id])
            .collect();
        self.persons
            .iter()
            .filter(|p| !known.contains(p.id.as_str()))
            .map(|p| p.full_name())
            .filter(|n| count.get(n) == Some(&1))
            .collect()
    }
}
