//! A party's digital post: their threads in a case with a form for a new message, and
//! one thread with its messages (escaped, line breaks kept), when the service opened
//! each, and a reply form. Plain forms; a refused send keeps the text.

use super::forms::{field_anchor, flash_notices, form_page, form_token};
use crate::api::{
    my_case_klage_form, my_document_thread_form, my_thread, my_threads, AttachmentItem,
    DocumentThreadForm, FormFlash, MessageItem, PartyThread, PartyThreads, MAX_BYTES, MAX_FILES,
    MESSAGE_MAX, SUBJECT_MAX,
};
use crate::i18n::{date_text, t, t_args};
use crate::ui::components::{sentence_with_date, DeadlineNotice, FormOwner, Page};
use crate::ui::islands::LiveThread;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn params() -> (String, String) {
    use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("thread_id").unwrap_or_default(),
        )
    })
}

/// A file size in words the reader's language can say ("2,4 MB", "18 kB").
pub(crate) fn size_text(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        let (whole, tenth) = ((tenths / 10).to_string(), (tenths % 10).to_string());
        t_args("post-size-mb", &[("whole", whole), ("tenth", tenth)])
    } else {
        t_args(
            "post-size-kb",
            &[("size", ((bytes + 1023) / 1024).max(1).to_string())],
        )
    }
}

/// The files sent with a message, each a download link under the thread's own path.
fn attachment_list(files: Vec<AttachmentItem>, thread: &str) -> impl IntoView {
    (!files.is_empty()).then(|| {
        view! {
            <ul class="attachments" aria-label=t("post-attachments")>
                {files.into_iter().map(|f| {
                    let href = format!("{thread}/vedlegg/{}", f.id);
                    view! {
                        <li><a href=href download=f.name.clone()>{f.name.clone()}</a> " (" {size_text(f.size)} ")"</li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

/// The messages of a thread (at `thread`'s path); `other` names the other side for
/// "read by". With JavaScript, the island adds each new message as it is stored.
pub(crate) fn message_list(
    messages: Vec<MessageItem>,
    other: String,
    thread: String,
) -> impl IntoView {
    let live = format!("{thread}/nye?vist={}", messages.len());
    view! {
        <LiveThread>
            <ol class="messages" data-live=live aria-live="polite">
                {messages.into_iter().map(|m| message_item(m, &other, &thread)).collect_view()}
            </ol>
        </LiveThread>
    }
}

/// One message of the list.
fn message_item(m: MessageItem, other: &str, thread: &str) -> impl IntoView {
    let class = if m.own {
        "message message--own"
    } else {
        "message message--other"
    };
    let read = m.own.then(|| match &m.read {
        Some((on, time)) => view! {
            <p class="message__read">
                {t_args("post-read-by", &[("who", other.to_string()), ("time", time.clone())])} " "
                <time datetime=on.clone()>{date_text(on)}</time>
            </p>
        }
        .into_any(),
        None => view! { <p class="message__read">{t("post-not-read")}</p> }.into_any(),
    });
    view! {
        <li class=class>
            <p class="message__meta">
                <strong>{m.author.clone()}</strong> " – "
                <time datetime=m.sent_on.clone()>{date_text(&m.sent_on)}</time>
                " " {t_args("post-at", &[("time", m.sent_time.clone())])}
            </p>
            <div class="message__body">{m.body.clone()}</div>
            {attachment_list(m.attachments.clone(), thread)}
            {read}
        </li>
    }
}

/// One message as the thread page renders it, in `locale`, for a live page to add
/// (`other_key` names the other side): escaped as every page's text is.
#[cfg(feature = "ssr")]
pub fn message_html(
    locale: crate::i18n::Locale,
    m: MessageItem,
    other_key: &str,
    thread: &str,
) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(locale);
        message_item(m, &t(other_key), thread).to_html()
    })
}

/// The text field of a sending form, with what was typed before a refusal.
pub(crate) fn text_field(flash: &FormFlash, form: &str) -> impl IntoView {
    let mine = flash.form == form;
    let typed = mine
        .then(|| flash.field("tekst").map(str::to_string))
        .flatten()
        .unwrap_or_default();
    let error = mine
        .then(|| flash.error("tekst"))
        .flatten()
        .map(|key| view! { <p class="field-error" id="tekst-error">{t(key)}</p> });
    let described = if error.is_some() {
        "tekst-error"
    } else {
        "tekst-hint"
    };
    view! {
        <div class="field">
            <label for="tekst">{t("post-text")}</label>
            <p class="hint" id="tekst-hint">{t_args("post-text-hint", &[("max", MESSAGE_MAX.to_string())])}</p>
            {error}
            <textarea id="tekst" name="tekst" rows="6" maxlength=MESSAGE_MAX.to_string() aria-describedby=described>
                {typed}
            </textarea>
        </div>
    }
}

/// The subject field of a new thread's form, `suggested` until something was typed.
pub(crate) fn subject_field(flash: &FormFlash, suggested: String) -> impl IntoView {
    let mine = flash.form == "ny";
    let typed = mine
        .then(|| flash.field("emne").map(str::to_string))
        .flatten()
        .unwrap_or(suggested);
    let error = mine
        .then(|| flash.error("emne"))
        .flatten()
        .map(|key| view! { <p class="field-error" id="emne-error">{t(key)}</p> });
    let described = error.is_some().then_some("emne-error");
    view! {
        <div class="field">
            <label for="emne">{t("post-subject")}</label>
            {error}
            <input type="text" id="emne" name="emne" maxlength=SUBJECT_MAX.to_string() value=typed aria-describedby=described/>
        </div>
    }
}

/// The file field of a sending form, its limits, the files refused last time and those
/// kept from it (sent with the message unless unticked).
fn files_field(flash: &FormFlash, form: &str) -> impl IntoView {
    let mine = flash.form == form;
    let staged = if mine {
        flash.staged.clone()
    } else {
        Vec::new()
    };
    let refused = mine && !flash.file_errors.is_empty();
    let restored = mine && flash.restored;
    let hint = t_args(
        "post-files-hint",
        &[
            ("count", MAX_FILES.to_string()),
            ("size", (MAX_BYTES / (1024 * 1024)).to_string()),
        ],
    );
    let described = if refused {
        "vedlegg-hint vedlegg-error"
    } else {
        "vedlegg-hint"
    };
    view! {
        <div class="field">
            <label for="vedlegg">{t("post-files")}</label>
            <p class="hint" id="vedlegg-hint">{hint}</p>
            {refused.then(|| view! {
                <ul class="field-error" id="vedlegg-error">
                    {flash.file_errors.iter().map(|(name, key)| view! {
                        <li>{name.clone()} ": " {t(key)}</li>
                    }).collect_view()}
                </ul>
            })}
            {restored.then(|| view! { <p class="hint">{t("post-files-again")}</p> })}
            {(!staged.is_empty()).then(|| view! {
                <fieldset class="staged">
                    <legend>{t("post-files-kept")}</legend>
                    {staged.into_iter().map(|f| {
                        let id = format!("fjern-{}", f.id);
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=id.clone() name="fjern" value=f.id.clone()/>
                                <label for=id>{t_args("post-file-remove", &[("name", f.name.clone())])} " (" {size_text(f.size)} ")"</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            })}
            <input type="file" id="vedlegg" name="vedlegg" multiple accept=ACCEPT aria-describedby=described/>
        </div>
    }
}

/// What the file picker offers (the server decides by content, whatever is picked).
const ACCEPT: &str = ".pdf,.jpg,.jpeg,.png,.heic,application/pdf,image/jpeg,image/png,image/heic";

/// A form that sends a message: the key that makes a double submit one message, which
/// form it is, `fields` before the text, the text, the files, and the button.
pub(crate) fn send_form(
    action: String,
    form: &'static str,
    flash: &FormFlash,
    owner: String,
    token: &str,
    fields: impl IntoView,
) -> impl IntoView {
    let token = form_token(flash, form, "nokkel", token);
    view! {
        <form method="post" action=action enctype="multipart/form-data">
            <FormOwner owner=owner/>
            <input type="hidden" name="nokkel" value=token/>
            <input type="hidden" name="skjema" value=form/>
            {fields}
            {text_field(flash, form)}
            {files_field(flash, form)}
            <button type="submit" class="button">{t("post-send")}</button>
        </form>
    }
}

/// The reply section under a thread's messages.
pub(crate) fn reply_section(
    action: String,
    flash: &FormFlash,
    owner: String,
    token: &str,
) -> impl IntoView {
    view! {
        <section class="panel" id="svar" aria-labelledby="reply-heading">
            <h2 id="reply-heading">{t("post-reply")}</h2>
            {send_form(action, "svar", flash, owner, token, ())}
        </section>
    }
}

#[component]
pub fn PartyThreadsPage() -> impl IntoView {
    let (case_id, _) = params();
    let page = format!("/sak/{case_id}/meldinger");
    let data = Resource::new_blocking(move || case_id.clone(), my_threads);
    form_page(data, page, "post-heading", false, threads_view)
}

fn threads_view(d: PartyThreads, flash: FormFlash, owner: String) -> impl IntoView {
    let action = format!("/sak/{}/meldinger/ny", d.case_id);
    let back = format!("/sak/{}", d.case_id);
    view! {
        <Page heading=t("post-heading")>
            <p class="lead">{t_args("consent-in-case", &[("name", d.child_first_name.clone())])}</p>
            {flash_notices(&flash, field_anchor)}
            <p>{t("post-private")}</p>
            {if d.threads.is_empty() {
                view! { <p>{t("post-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="card-list">
                        {d.threads.into_iter().map(|th| {
                            let href = format!("/sak/{}/meldinger/{}", th.case_id, th.thread_id);
                            view! {
                                <li class="card">
                                    <h2 class="card__title"><a href=href>{th.subject.clone()}</a></h2>
                                    <p>{t("post-last")} " " <time datetime=th.last_on.clone()>{date_text(&th.last_on)}</time></p>
                                    {(th.unread > 0).then(|| view! {
                                        <p class="tag">{t_args("post-unread", &[("count", th.unread.to_string())])}</p>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <section class="panel" id="ny" aria-labelledby="new-heading">
                <h2 id="new-heading">{t("post-new")}</h2>
                {send_form(action, "ny", &flash, owner, &d.token, subject_field(&flash, String::new()))}
            </section>
            <p><a href=back>{t("consent-back-to-case")}</a></p>
        </Page>
    }
}

#[component]
pub fn PartyThreadPage() -> impl IntoView {
    let ids = params();
    let page = format!("/sak/{}/meldinger/{}", ids.0, ids.1);
    let data = Resource::new_blocking(move || ids.clone(), |(c, th)| my_thread(c, th));
    form_page(data, page, "post-heading", false, thread_view)
}

fn thread_view(d: PartyThread, flash: FormFlash, owner: String) -> impl IntoView {
    let action = format!("/sak/{}/meldinger/{}/svar", d.case_id, d.thread_id);
    let back = format!("/sak/{}/meldinger", d.case_id);
    view! {
        <Page heading=d.subject.clone() islands=true>
            <p class="lead">{t_args("consent-in-case", &[("name", d.child_first_name.clone())])}</p>
            {flash_notices(&flash, field_anchor)}
            {d.reminded.then(|| view! { <p class="notice notice--warn">{t("post-reminded")}</p> })}
            {message_list(d.messages, t("post-the-service"), format!("/sak/{}/meldinger/{}", d.case_id, d.thread_id))}
            {reply_section(action, &flash, owner, &d.token)}
            <p><a href=back>{t("post-all-threads")}</a></p>
        </Page>
    }
}

#[component]
pub fn DocumentThreadPage() -> impl IntoView {
    let ids = use_params_map().with_untracked(|p| {
        (
            p.get("case_id").unwrap_or_default(),
            p.get("document_id").unwrap_or_default(),
            p.get("kind").unwrap_or_default(),
        )
    });
    let page = format!("/sak/{}/dokumenter/{}/{}", ids.0, ids.1, ids.2);
    let data = Resource::new_blocking(
        move || ids.clone(),
        |(c, d, k)| my_document_thread_form(c, d, k),
    );
    form_page(data, page, "post-heading", false, document_thread_view)
}

/// The appeal on the answer to the party's request to see the whole case.
#[component]
pub fn CaseKlagePage() -> impl IntoView {
    let case_id = use_params_map().with_untracked(|p| p.get("case_id").unwrap_or_default());
    let page = format!("/sak/{case_id}/innsyn/klage");
    let data = Resource::new_blocking(move || case_id.clone(), my_case_klage_form);
    form_page(data, page, "post-heading", false, document_thread_view)
}

fn document_thread_view(d: DocumentThreadForm, flash: FormFlash, owner: String) -> impl IntoView {
    let doc = d.about.clone();
    let action = format!("{doc}/{}/send", d.kind);
    let title = d.title.clone().unwrap_or_else(|| t("case-innsyn-heading"));
    let klage = d.kind == "klage";
    let heading = t(if klage {
        "post-klage-heading"
    } else {
        "post-svar-heading"
    });
    let suggested = t_args(
        if klage {
            "post-klage-subject"
        } else {
            "post-svar-subject"
        },
        &[("title", title.clone())],
    )
    .chars()
    .take(SUBJECT_MAX)
    .collect::<String>();
    let refusal = d.refusal.clone().map(|(key, on)| match on {
        Some(on) => view! {
            <div class="notice notice--warn" id="ikke-mulig">
                <p>{sentence_with_date(&key, &on)}</p>
                <p>{t("post-klage-late")}</p>
            </div>
        }
        .into_any(),
        None => view! { <div class="notice notice--warn" id="ikke-mulig"><p>{t(&key)}</p></div> }
            .into_any(),
    });
    let can_send = d.refusal.is_none();
    view! {
        <Page heading=heading>
            <p class="lead">{t_args("consent-in-case", &[("name", d.child_first_name.clone())])}</p>
            <p><a href=doc.clone()>{title}</a></p>
            {flash_notices(&flash, field_anchor)}
            {klage.then(|| view! { <p>{t("post-klage-intro")}</p> })}
            {d.deadline.clone().map(|deadline| view! {
                <DeadlineNotice deadline=deadline open_key="post-klage-open"/>
            })}
            {refusal}
            {can_send.then(|| view! {
                <section class="panel" id="ny" aria-labelledby="form-heading">
                    <h2 id="form-heading">{t(if klage { "post-klage-write" } else { "post-svar-write" })}</h2>
                    {send_form(action, "ny", &flash, owner, &d.token, subject_field(&flash, suggested))}
                </section>
            })}
            <p><a href=format!("/sak/{}/meldinger", d.case_id)>{t("post-all-threads")}</a></p>
        </Page>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn message(body: &str) -> MessageItem {
        MessageItem {
            id: "m1".into(),
            own: true,
            author: "Marte <b>Importsen</b>".into(),
            body: body.into(),
            sent_on: "2026-12-03".into(),
            sent_time: "10:15".into(),
            read: Some(("2026-12-03".into(), "10:20".into())),
            attachments: Vec::new(),
        }
    }

    /// What a live page receives is the page's own rendering: text escaped, the date
    /// in words, in the reader's language.
    #[test]
    fn a_live_message_is_rendered_escaped_in_the_readers_language() {
        let html = message_html(
            Locale::En,
            message("Hei <script>alert(1)</script>"),
            "post-the-service",
            "/sak/c/meldinger/t",
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("3 December 2026"), "{html}");
        let nb = message_html(Locale::Nb, message("Hei"), "post-the-service", "/x");
        assert!(nb.contains("3. desember 2026"), "{nb}");
        assert!(html.starts_with("<li"), "{html}");
    }
}
