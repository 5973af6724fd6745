//! `invite-pitch`: a connection note that sells: a product, a service, a meeting or demo request, a price,
//! a booking link, "I help companies like yours". Phrases from `dictionaries/rules/invite-pitch.tsv`.

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::RuleMeta;

pub struct Pitch;

static META: RuleMeta = RuleMeta {
    id: "invite-pitch",
    category: Category::Invite,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The note sells (a product, a service, a demo or meeting request, a price, a booking link)",
    description: "What it does: reports each piece of selling in a connection note, as evidence, when the note \
is a pitch. A pitch is one strong sign, or two weak ones:\n\
  strong: a claim to help \"companies like yours\" (\"I help dental practices like yours\", \"we help \
companies\"); our product, platform, solution, tool or services; \"we offer\", \"we provide\"; a demo, a \
discovery or sales call, \"book a call\", \"schedule a meeting\", \"my calendar\"; a booking link \
(calendly.com, cal.com, HubSpot meetings, SavvyCal…, or any link to a `/book`, `/schedule`, `/demo` or \
`/meeting` page); \"our\" or \"my\" and, within three words, a product noun (\"our wellbeing platform\", \"my \
agency\": the `offer-noun` rows); booking a demo, call or meeting (\"book a 15-minute demo\"); a price quoted as \
a rate or fee: a currency sign or ISO 4217 code beside a number with \"per …\", \"an hour\", \"/hr\" after it \
or \"rate\", \"fee\", \"charge\", \"price\", \"from\", \"costs\", \"starts\" before it (\"my rate is £40 per clip\", \"I charge ₹900 an \
hour\", \"day rate is AED 1,500\"; or \"our\"/\"my\" fee, commission or rate before a percentage: \"our fees \
start at 12%\", or a fee or commission in percent in a sentence of the sender's: \"we work on a 15% fee\"; the signs and codes are `dictionaries/rules/invite-currency.tsv`, built from \
Unicode and ISO 4217); a free audit, trial or consultation, a discount, \
pricing (a discount offered: \"a 10% discount\", \"our discount\"; not \"Discount Bank\" or a \
valuation, \"the discount to NAV\"); lead generation, \"more leads\", \"grow your business\".\n\
  weak: \"quick call\", \"15-minute call\", \"minutes of your time\", a price (`$499`), \"starting at\", \"per \
month\", a length in minutes before a call or meeting (\"20-minute call\"; a chat is not a meeting noun), a call or meeting noun in the same \
sentence as a weekday or a clock time (\"Tuesday at 10:00 … a short call\"), \"I help\" or \"we help\" followed \
by a plural noun (\"I help physio clinics…\", \"we've helped 40 practices…\", \"a copywriter helping SaaS \
brands…\"; strong in the value proposition's full shape, the customers followed by a verb or by \"to\" and a \
verb: \"I help physio clinics get more patients\", \"we help vets cut no-shows\", and then with the other verbs of \
service too: \"I coach new managers to lead…\", \"we partner with property firms to fill…\"), \"guaranteed\", \
\"save money\", \"cut costs\", \"our clients\", \"case study\", \"help you\"; a result promised (\"get more \
patients\", \"win new tenants\", \"boost your bookings\"); \"my\" or \"our\" and clients or customers (\"most of \
my clients…\"); a service for a market, \"I\" or \"we\", a verb, its object and \"for\" a plural noun (\"I build \
websites for roofers\"); an offer to send or show (\"shall I send you…\", \"can we show you…\") or to do the \
work (\"want me to…\"); a promise in percent in a sentence of the sender's (\"we cut churn by 12%\"); \"a free \
<anything>\", \"for free\", \"if you're interested\", \"let me know if you'd like\", the cold email's \"quick \
question\"; a length in minutes before a chat (\"a 20-minute chat\"); a track record, \"we\" and a verb of \
serving customers before a number of them (the `record-word` rows: \"we've placed 40+ senior engineers\", \"we \
have helped over 200 clinics\"; not \"we hired 40 people\"); an offer to share something in a sentence of the \
sender's (\"and can share a few anonymised profiles\"); the sender's business named as sellers name it, \
\"we're\", \"we are\", \"I run\" or \"I own\" and a/an with an `offer-noun` (\"we're a specialist recruitment \
agency\"), or with a `business-noun` (\"we are a Leeds-based skip hire company\", \"we're the UK distributor for…\", \
\"I'm the founder of a signage studio\"); the sender making or selling a product, \"I\" or \"we\", a verb of making \
or selling and an `offer-noun` (\"we built a tool for…\", \"we're building an app…\"); a question that asks for \
their time or interest (a call, a chat, a number of minutes, \"show you\", \"worth exploring\", \"interested in\", \
\"like to discuss\", \"when suits you\"); minutes of their time or feedback (\"15 minutes of your feedback\"); an \
event's call to action (\"register here\", \"save your seat\"); an offer to deliver, \"happy to\", \"may I\", \
\"could I\" or \"can I\" and send, share, bring, drop, set up, put together, look over or show (\"happy to send over \
the floorplans\"); the people the sender serves, \"I\" or \"we\" and advise, place, coach, train, supply, handle… or \
work with and a plural noun for people (\"we place data engineers across the Midlands\"); something given, \"on us\", \
\"is free\"; and more questions that ask for time: \"would it make sense…\", \"worth connecting?\", \"would \
this help?\", \"be useful/interested\".\n\
  strong, too: a free offer, \"free\" and within two words something given away to open a sale (the \
`free-noun` rows: \"a free energy audit\", \"free 30-day trial\"; not \"the free session you ran\"); our \
brochure, catalogue or price list; room for customers, \"taking on\", \"accepting\", \"openings\", \"space\", \
\"room\" or \"capacity\" and \"new\" or \"more\" clients, patients, projects (the `capacity-noun` rows: \"openings for new \
clients\"; such openings are not a job ask); sending rates, pricing or a quote (\"happy to send rates\"); \
the seller's full self-description, the business and what it sells (\"we're a translation agency specialising \
in…\", \"we are a team of developers offering…\"); a quote offered (\"we'd love to quote for your next run\"); a \
product introduced (\"introduce our new range\"); a trial given away (\"the first lesson is free\", \"no card \
needed\"); rates as a selling point (\"at affordable rates\"); the terms of a sale (\"on a contingency basis\", \
\"fixed-fee reviews\"); room left for buyers (\"two sponsor slots left\"); a price of what is sold (\"the speaker \
package is EUR 1,200\"); a quote offered in other words (\"I'll send a quote\", \"I can get you a term life quote\"); a \
catalogue or brochure offered (\"catalogue will be sent upon request\", \"message me for the brochure\").\n\
  weak, too: the sender's product solving it (\"our dashcam telematics tackles exactly that\"); the cold email's \
question who looks after something of theirs (\"who handles your cyber insurance renewal?\"); no fee as a term \
(\"no lease-up fee\"); the business named without an article (\"we are manufacturer of sinks\"); goods at some \
rates or prices (\"at trade rates\").\n\
Where these come from: the shape of a cold sales message as public guides to cold outreach and to spam \
wording describe it (a value proposition \"I help <customers> <get a result>\", claims about clients and \
results, a free offer, a call to action), written as patterns over word classes rather than fixed phrases.\n\
Not a pitch: asking to learn from them (\"would value your advice\", \"compare notes\", \"pick your brain\"), \
a coffee or a chat on its own, saying what you or your company do (\"I run a small studio\"; \"I run a small agency\" is one weak sign), congratulating \
them on a funding round (\"congrats on the $5M raise\": one weak sign). A job or referral ask is not a pitch \
either; `invite-job-ask` reports it, more softly.\n\
More signs: the terms of sale described (\"my fees are very reasonable\", \"our rates are competitive\", \
strong), the product fitted to them (\"our GPS vests would be perfect for your academy\", strong), a \
discount in percent (\"discounted 30% for year one\", strong), \"no-cost\" as \"free\" (\"a no-cost review\"), \
booking a number of minutes written in words (\"could I book twenty minutes\"), the seller's business \
before the value proposition (\"a 3D rendering studio helping architects win more tenders\"), \"sign up\" \
and \"limited spots\" (weak). A note that says it sells nothing (\"no upsell\", \"not for sale\", \"no \
catch\", \"paying it forward\") or asks for a student's research (\"my dissertation\"), the `no-sale-word` rows, \
is a pitch only on a strong sign that is not a free offer (\"no sales pressure\" is the seller's own \
reassurance and does not count; a student's purpose, \"for my MBA\", \"research interview\", is such a word too). \
Beside a job ask, only strong signs sell: a job seeker offering to send their application is not selling. \
`our agency` in a sentence that offers them a role (\"we're hiring junior devs \
at our agency\") sells nothing. The closing question of a sales note (weak; strong when a quote is offered): a \
question of four words or fewer asking for interest (\"Interested?\", \"Worth a chat?\"), something offered after \
\"want\" or \"like\" (\"Want to see samples?\", \"Would you like a trial account?\"), \"shall I send the deck?\", \
minutes asked for (\"Got 10 mins Tuesday?\"), \"hear more\"; the sender's trade in goods (\"we lease refrigerated \
vans\", \"we've installed 60+ systems\", \"we've just launched…\", weak); what they have fitted to the person's \
plans (\"could suit your expansion plans\", weak); the first months given away (\"the first 3 months are on \
us\", strong); a fixed price (\"$4k flat\", strong); and phrases of price cuts (\"a reduced rate\", \"group \
discounts\", strong) and of network marketing (\"financial freedom\", \"be your own boss\", strong; \"side \
income\", \"open-minded\", weak). Last, where no sign makes the note a pitch, a word model weighs all of its \
words and word pairs (`dictionaries/rules/invite-model.tsv`: a logistic regression trained by \
`scripts/train-invite-model.py` on the project's labelled development notes, never on its held-out ones); \
when it reads the whole note as a sales note, the finding points at the sentence that weighs most \
(\"its wording reads as a sales note\"). A note that says it sells nothing is taken at its word.\n\
Examples: \"We help logistics companies like yours cut freight costs by 20%. Do you have 15 minutes for a \
quick call?\" is a pitch (a strong sign, three weak ones); \"Hi Dan, loved your talk on freight pricing; I run \
ops at a small carrier and would value your take on fuel surcharges\" is not.\n\
Why: selling in a first message is the most common reason people give for declining or ignoring \
invitations; the note is read as spam.\n\
Use instead: connect on a reason about them; sell later, if ever, when they ask what you do.",
    flags: &[
        "Hi Raj, I help dental practices like yours fill their books with our AI booking assistant.",
        "Hi John, book a demo here: https://calendly.com/acme-sales/demo",
        "Packages start at $499 per month.",
    ],
    accepts: &[
        "Hi Dan, loved your talk on freight pricing; I run ops at a small carrier and would value your take.",
        "Congrats on the $5M raise, Priya!",
    ],
    default_enabled: true,
};

impl InviteRule for Pitch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.facts.is_pitch() {
            return;
        }
        for f in &cx.facts.pitch {
            let phrase = &cx.text[f.span.clone()];
            let msg = format!("sells in a first message ({}): ‘{phrase}’", f.kind);
            out.push(cx.diag(&META, f.span.clone(), msg));
        }
    }
}

registry_rule!(Pitch);

#[cfg(test)]
mod tests {
    use crate::invite::testing::{assert_clean, assert_flags, check_example};

    /// A seller's business or product, and a question that asks for time, make a pitch together; either
    /// alone does not, nor a discount that is a name or a valuation, nor tools the sender owns.
    #[test]
    fn businesses_products_and_asks_for_time() {
        let pitch = |t: &str| !check_example("invite-pitch", t).is_empty();
        assert!(pitch("Hi Rob, we are a Leeds-based skip hire company. When suits you for a call?"));
        assert!(pitch("Hi Rob, we're building a rota planning tool. Got 10 minutes so I can show you?"));
        assert!(pitch("Hi Rob, I'm the owner of a signage studio. Would your shop be interested in a new fascia?"));
        assert!(pitch("Hi Rob, I tutor GCSE maths for SMEs staff. Would you like to discuss?"));
        assert!(pitch("Hi Rob, we've launched an app for dental nurses; 15 minutes of your feedback would help."));
        assert!(pitch("Hi Rob, we're hosting a free webinar on VAT. Register here: example.com/vat"));
        // One place read by two patterns is one sign: the word model still weighs the note.
        assert!(pitch(
            "Hi Rob, we're currently working with a few logistics firms on route optimisation. Could I drop by \
             for 20 minutes?"
        ));
        assert!(pitch("Hi Rob, I can offer you a 10% discount on the first order."));
        assert!(!pitch("Hi Rob, we're building a new clinic in Hull. Loved your talk on triage."));
        assert!(!pitch("Hi Rob, would you be open to a quick chat about your move into nursing?"));
        assert!(!pitch("Hi Rob, I read your note on the trust's discount to NAV. I work at Discount Bank."));
        assert!(!pitch("Hi Rob, any chance your crew is taking on joiners? I have my own tools."));
        assert!(pitch("Hi Rob, I'd love to offer you a pass at 30% off. Shall I reserve a seat?"));
        assert!(pitch("Hi Rob, I rewrite CVs for $79. DM me to get started."));
        assert!(pitch("Hi Rob, I run a 6-week resilience programme for new managers; happy to send details?"));
        assert!(!pitch("Hi Rob, the fund bought it at 30% off NAV; loved your note on it."));
        // An offer to deliver, people served, something given and more questions that ask for time.
        assert!(pitch("Hi Rob, I advise young nurses in Leeds on pensions. Happy to share a few options?"));
        assert!(pitch("Hi Rob, we place welders across the Midlands. Would it make sense to talk?"));
        assert!(pitch("Hi Rob, we run assessments for startups, and your first ten candidates are on us."));
        assert!(!pitch("Hi Rob, I'm building an open-source tool. Do our thresholds make sense to you?"));
        assert!(!pitch("Hi Rob, happy to share my notes from the course; would they be useful?"));
        // The seller's full self-description, a quote offered, a product introduced, a demonstration
        // arranged, a trial given away, rates as a selling point; a person who specialises is not one.
        assert!(pitch("Hi Rob, we're a print shop in Hull specialising in trade show banners."));
        assert!(pitch("Hi Rob, we are a crew of welders offering site repairs at affordable rates."));
        assert!(pitch("Hi Rob, I represent a tile supplier and we would love to quote for your next build."));
        assert!(pitch("Hi Rob, I'd like to introduce our new range of site heaters to your depot."));
        assert!(pitch("Hi Rob, may I arrange a demonstration of the scanner at your clinic?"));
        assert!(pitch("Hi Rob, I coach sales managers online. The first session is free if you want it."));
        assert!(!pitch("Hi Rob, I'm a nurse specialising in wound care and loved your talk on dressings."));
        assert!(!pitch("Hi Rob, I'd like to introduce my colleague Ana, who runs the Leeds depot."));
        assert!(!pitch("Hi Rob, we're offering a paid internship in our lab; your thesis fits it well."));
        // Terms of a sale, room left for buyers, a price of what is sold, an offer to share after serving.
        assert!(pitch("Hi Rob, our firm does fixed-fee lease reviews for dental groups."));
        assert!(pitch("Hi Rob, we have two sponsor slots left for the spring issue."));
        assert!(pitch("Hi Rob, loved your talk. The exhibitor package is GBP 900 and includes a stand."));
        assert!(pitch("Hi Rob, I advise young nurses in Hull on insurance, and I'd love to share a few options."));
        assert!(!pitch("Hi Rob, loved your talk on lease reviews; I'd love to share my notes from the panel."));
        assert!(!pitch("Hi Rob, congrats on the award; the prize is GBP 900, well deserved."));
    }

    /// A job seeker's own materials and a student's research are not selling: beside a job ask, or in a
    /// note for a student's study, weak signs do not make a pitch; a strong one still does.
    #[test]
    fn job_seekers_and_students_do_not_sell() {
        assert_clean(
            "invite-pitch",
            "Hi Rob, I'm a newly qualified pilot keen to join your cadet scheme; could I send it straight to you?",
        );
        assert_clean(
            "invite-pitch",
            "Hi Rob, I'm writing a case study for my MBA on cold chains. Happy to share the paper with you.",
        );
        assert_flags("invite-pitch", "Hi Rob, I'm looking for a new role. Our platform cuts churn by 30%.", 1);
    }

    #[test]
    fn strong_alone_weak_in_pairs() {
        assert_flags("invite-pitch", "Would you be open to a quick call? Our platform saves you time.", 2);
        assert_clean("invite-pitch", "Would you be open to a quick call about your move into product?");
        assert_flags("invite-pitch", "Packages start at $499 per month.", 3);
        let d = check_example("invite-pitch", "Grab 30 min: https://cal.com/alex/30min");
        assert_eq!(d.len(), 1);
        assert!(d[0].message.contains("booking link"));
    }

    /// A price in any currency, quoted as a rate, sells on its own; a sum of money in news does not.
    #[test]
    fn rates_in_any_currency() {
        assert_flags("invite-pitch", "Hi Ahmed, I edit videos; my rate is £40 per clip.", 1);
        assert_flags("invite-pitch", "Hi Sunita, I charge ₹900 an hour for diary management.", 1);
        assert_flags("invite-pitch", "Hi Yara, my day rate is AED 1,500.", 1);
        assert_flags("invite-pitch", "Hi Karl, fixed price from CHF 2.000 for the audit.", 1);
        assert_clean("invite-pitch", "Congrats on closing the €20M round, Lena!");
        assert_clean("invite-pitch", "Hi Lena, your talk on the £40 NHS tariff change was great.");
    }

    /// A product of ours, a booked demo, a time slot for a call; a chat or coffee on its own is not.
    #[test]
    fn products_demos_and_slots() {
        assert_flags("invite-pitch", "Hi Claire, our wellbeing platform cut sick days by 18%.", 2);
        assert_flags("invite-pitch", "Hi Carlos, can I book a 15-minute demo with you?", 1);
        assert_flags(
            "invite-pitch",
            "Hi Helen, I help physio clinics get patients. Free for a 20-minute call on Thursday?",
            2,
        );
        assert_flags("invite-pitch", "Hi Jo, pick a time: https://acme.example/book/intro", 1);
        // Written without `https://`: still a booking link; a path that is not a link is not one.
        assert_flags("invite-pitch", "Hi Jo, grab a slot: calendly.com/acme-sales/15min", 1);
        assert_clean("invite-pitch", "Hi Jo, the notes are in docs/book on the shared drive.");
        assert_clean("invite-pitch", "Hi Jo, would love a 20-minute chat about your move into nursing.");
        assert_clean("invite-pitch", "Hi Jo, I help run the Leeds nursing meetup; are you coming on Thursday?");
        assert_clean("invite-pitch", "Hi Jo, your post on the meetup.com/leeds-nurses group was great.");
    }

    /// The value proposition's full shape sells alone; a service for a market, clients, results, a
    /// call to action sell together; one of them in a personal note does not.
    #[test]
    fn value_propositions_and_offers() {
        assert_flags("invite-pitch", "Hi Dev, we help vets cut no-shows with text reminders.", 1);
        assert_flags(
            "invite-pitch",
            "Hi Dev, I shoot product photos for online shops. Most of my clients relist within a week.",
            2,
        );
        assert_flags("invite-pitch", "Hi Dev, can I send you a free sample pack?", 2);
        assert_flags("invite-pitch", "Hi Dev, I design menus for restaurants, happy to do one for free.", 2);
        assert_clean("invite-pitch", "Hi Dev, I design menus for restaurants and loved your post on allergens.");
        assert_clean("invite-pitch", "Hi Dev, we help new nurses with their first rotas; your guide was great.");
        assert_clean("invite-pitch", "Hi Dev, thanks for the free workshop you ran at the library.");
        // The sender's business as sellers call it (weak) and a fee in percent in their sentence (strong).
        assert_flags("invite-pitch", "Hi Ana, we're a specialist recruitment agency and work on a 15% fee.", 2);
        assert_flags("invite-pitch", "Hi Ana, I place engineers for a fee of 12%.", 2);
        assert_clean("invite-pitch", "Hi Ana, we're a small agency too, and I loved your post on retainers.");
        assert_clean("invite-pitch", "Congrats on negotiating the 15% fee cap, Ana!");
        // Room for customers; a price sent; a problem probed, then something built to sell; a free pilot.
        assert_flags("invite-pitch", "Hi Mei, I run a bookkeeping practice and have openings for new clients.", 1);
        assert_flags("invite-pitch", "Hi Jo, we supply agency nurses at short notice, happy to send rates.", 2);
        assert_flags(
            "invite-pitch",
            "Hi Grace, quick question: are you still using spreadsheets for rotas? We built something better.",
            3,
        );
        assert_flags("invite-pitch", "Hi Ivan, we're offering free pilot slots to logistics firms this quarter.", 2);
        assert_clean("invite-pitch", "Hi Mei, is your practice taking on new graduates? Loved your post on MTD.");
        assert_clean("invite-pitch", "Hi Grace, are you still using the Bristol rota model? Your talk was great.");
    }
}
