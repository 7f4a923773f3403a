//! A party's page of a møtereferat opened for comments: the minutes as shared with them,
//! part by part, each with its own requests and answers in place and, while open, a
//! form to ask for a correction right there (a native disclosure, no JavaScript); one
//! more for the minutes as a whole. The server comes back with the receipt, or with the
//! form open and filled in as typed.

use super::forms::{flash_notices, form_page, form_token};
use crate::api::{
    my_minutes_comments, BodyBlock, BodySegment, DeadlineStatus, FormFlash, MinutesComment,
    MinutesCommentsData, MINUTES_COMMENT_MAX,
};
use crate::i18n::{t, t_args};
use crate::ui::components::{sentence_with_date, DeadlineNotice, FormOwner, Page};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn MinutesCommentsPage() -> impl IntoView {
    let ids = use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("document_id").unwrap_or_default(),
        )
    });
    let page = format!("/sak/{}/dokumenter/{}/merknader", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, d)| my_minutes_comments(c, d));
    form_page(data, page, "minutes-heading", false, minutes_view)
}

/// A form's anchor: the text field of the form the error is in.
fn form_anchor(form: &str, _field: &str) -> String {
    format!("#{form}")
}

fn minutes_view(d: MinutesCommentsData, flash: FormFlash, owner: String) -> impl IntoView {
    let back = format!("/sak/{}/dokumenter/{}", d.case_id, d.document_id);
    let form = CommentForms {
        action: format!(
            "/sak/{}/dokumenter/{}/merknader/send",
            d.case_id, d.document_id
        ),
        token: form_token(&flash, &flash.form, "token", &d.token),
        owner,
        flash,
        open: d.open,
    };
    let whole: Vec<MinutesComment> = d
        .comments
        .iter()
        .filter(|c| c.part.is_none())
        .cloned()
        .collect();
    view! {
        <Page heading=d.title.clone()>
            <p class="lead">{t("minutes-heading")}</p>
            <p><a href=back>{t("minutes-back")}</a></p>
            {flash_notices(&form.flash, form_anchor)}
            {unsent(&form.flash, d.open)}
            {period(&d)}
            {d.open.then(|| view! { <p>{t("minutes-intro")}</p> })}
            <article class="doc-body minutes" aria-label=t("minutes-text")>
                {d.blocks.iter().enumerate().map(|(i, block)| {
                    let n = i + 1;
                    let own: Vec<MinutesComment> = d.comments.iter().filter(|c| c.part == Some(n)).cloned().collect();
                    view! {
                        <div class="minutes-part" id=format!("del-{n}")>
                            <p class="minutes-part__no">{t_args("minutes-part", &[("number", n.to_string())])}</p>
                            {block_view(block)}
                            {comment_list(own)}
                            {form.disclosure(&n.to_string(), t("minutes-ask-here"))}
                        </div>
                    }
                }).collect_view()}
            </article>
            {(d.open || !whole.is_empty()).then(|| view! {
                <section class="panel" id="hele-referatet" aria-labelledby="whole-heading">
                    <h2 id="whole-heading">{t("minutes-whole-heading")}</h2>
                    {comment_list(whole)}
                    {form.disclosure("hele", t("minutes-ask-whole"))}
                </section>
            })}
        </Page>
    }
}

/// What the party typed when the minutes closed before it was sent: no form takes it
/// any more, so it is shown for them to keep.
fn unsent(flash: &FormFlash, open: bool) -> Option<impl IntoView> {
    let text = flash
        .field("merknad")
        .filter(|t| !open && !t.trim().is_empty())?;
    Some(view! {
        <div class="notice" id="ikke-sendt">
            <p>{t("minutes-unsent")}</p>
            <blockquote class="message__body">{text.to_string()}</blockquote>
        </div>
    })
}

/// The period: open until (with the days left), passed, or never opened.
fn period(d: &MinutesCommentsData) -> impl IntoView {
    match d.deadline.clone() {
        None => view! { <p class="notice">{t("minutes-not-open")}</p> }.into_any(),
        Some(deadline) if deadline.status == DeadlineStatus::Passed => view! {
            <div class="notice deadline deadline--passed">
                <p>{sentence_with_date("minutes-closed", &deadline.date)}</p>
            </div>
        }
        .into_any(),
        Some(deadline) => view! {
            <DeadlineNotice deadline=deadline open_key="deadline-minutes-open"/>
        }
        .into_any(),
    }
}

fn block_view(block: &BodyBlock) -> impl IntoView {
    let redacted = t("document-redacted-marker");
    let segments = block
        .segments
        .iter()
        .map(|s| match s {
            BodySegment::Text(text) => text.clone().into_any(),
            BodySegment::Redacted => {
                view! { <mark class="redaction">{redacted.clone()}</mark> }.into_any()
            }
        })
        .collect::<Vec<_>>();
    match block.kind.as_str() {
        "h" => view! { <h2>{segments}</h2> }.into_any(),
        _ => view! { <p>{segments}</p> }.into_any(),
    }
}

/// The party's own requests on one part (or the whole), each with its answer.
fn comment_list(comments: Vec<MinutesComment>) -> impl IntoView {
    (!comments.is_empty()).then(|| {
        view! {
            <ul class="minutes-comments">
                {comments.into_iter().map(|c| view! {
                    <li class="minutes-comment">
                        <p class="hint">{sentence_with_date("minutes-you-asked-on", &c.sent_on)}</p>
                        <blockquote class="message__body">{c.text}</blockquote>
                        {match c.answer {
                            Some(a) => view! {
                                <p><strong>{sentence_with_date(&format!("minutes-answer-{}", a.outcome), &a.answered_on)}</strong></p>
                                {a.text.map(|text| view! { <blockquote class="message__body">{text}</blockquote> })}
                            }.into_any(),
                            None => view! { <p>{t("minutes-waiting")}</p> }.into_any(),
                        }}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}

/// What every form on the page shares.
struct CommentForms {
    action: String,
    token: String,
    owner: String,
    flash: FormFlash,
    open: bool,
}

impl CommentForms {
    /// The form for `part` (a number, or `hele`) behind a disclosure labelled `label`:
    /// shown open and filled in when it is the one that came back refused or restored.
    fn disclosure(&self, part: &str, label: String) -> Option<impl IntoView> {
        if !self.open {
            return None;
        }
        let form = format!("merknad-{part}");
        let back = self.flash.form == form;
        let typed = if back {
            self.flash.field("merknad").unwrap_or_default().to_string()
        } else {
            String::new()
        };
        let error = back
            .then(|| self.flash.error("merknad").or(self.flash.error("del")))
            .flatten()
            .map(t);
        let hint_id = format!("{form}-hint");
        let error_id = format!("{form}-error");
        let described = if error.is_some() {
            format!("{error_id} {hint_id}")
        } else {
            hint_id.clone()
        };
        let hint = t_args(
            "minutes-comment-hint",
            &[("max", MINUTES_COMMENT_MAX.to_string())],
        );
        Some(view! {
            <details class="minutes-ask" open=back>
                <summary>{label}</summary>
                <form method="post" action=self.action.clone()>
                    <FormOwner owner=self.owner.clone()/>
                    <input type="hidden" name="skjema" value=form.clone()/>
                    <input type="hidden" name="token" value=self.token.clone()/>
                    <input type="hidden" name="del" value=part.to_string()/>
                    <div class="field">
                        <label for=form.clone()>{t("minutes-comment-label")}</label>
                        <p class="hint" id=hint_id>{hint}</p>
                        {error.map(|e| view! { <p class="field-error" id=error_id>{e}</p> })}
                        <textarea
                            id=form.clone()
                            name="merknad"
                            rows="4"
                            maxlength=MINUTES_COMMENT_MAX.to_string()
                            aria-describedby=described
                            aria-invalid=back.then_some("true").filter(|_| !self.flash.errors.is_empty())
                        >{typed}</textarea>
                    </div>
                    <button type="submit" class="button">{t("minutes-comment-submit")}</button>
                </form>
            </details>
        })
    }
}
