#!/usr/bin/env python3
"""Seeded generator of realistic, fictional professional profiles for benchmarks (issue 6).

  python3 bench/gen-profiles.py --count 10000 --seed 1 --out DIR [--json-share 0.4]
                                [--words 300] [--manifest FILE] [--prose FILE]

Writes COUNT profiles into DIR: Markdown (`pNNNNN.md`) and JSON Resume (`pNNNNN.json`), mixed.
Roles, industries (tech, business, HR, marketing, finance, healthcare, education, sales,
operations, legal, design), lengths (about --words on average, log-normal spread) and vocabulary
vary; each profile carries a realistic rate of typos (0-3, mostly 1-2: letter swaps, drops,
doubles and neighbouring keys in real words) and style slips (buzzwords, a repeated word, a/an
errors, double spaces, weak openers, a lower-case "i", wrong prepositions).

Deterministic: profile i depends only on (seed, i), so `--count 100` is a prefix of `--count 10000`.
`--manifest` writes one JSON line per profile (file, words, the typos and slips put in);
`--prose` writes the profiles' prose as plain lines (the text given to hunspell for comparison).

The word material below is written for this project; the buzzwords and weak openers are a subset of
dictionaries/rules/*.tsv and the typo filter reads dictionaries/word-tiers.txt. No real profile is
used. Standard library only.
"""
import argparse, json, math, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# Material. Fictional people and companies; real cities and common skills.

FIRST = """Aisha Alex Amara Ana Andrea Arjun Ben Camila Carlos Chen Chloe Daniel David Diego Elena Emma
Fatima Felix Grace Hana Hannah Ibrahim Isabel James Jamal Jin Jonas Julia Kai Karim Kate Laura Leo
Lina Lucas Maya Mei Michael Mohammed Nadia Noah Nora Olivia Omar Pablo Priya Rafael Ravi Rosa Ruth
Sam Sara Sofia Tariq Thomas Tom Valentina Wei Yusuf Zoe Marta Oscar Ingrid Kwame Ama Tomasz""".split()
LAST = """Abbott Adeyemi Alvarez Andersen Bauer Becker Bianchi Brooks Carter Chen Costa Dubois Ellis
Fernandez Fischer Garcia Gupta Haddad Hansen Hughes Ibrahim Ivanova Jensen Kaur Kim Kowalski Larsen
Lopez Mahmoud Martin Mendes Moreau Murphy Nakamura Nguyen Novak Okafor Olsen Park Patel Perez Petrov
Quinn Ramos Reyes Rossi Santos Schmidt Shah Silva Singh Sorensen Tanaka Taylor Torres Wagner Walsh
Wong Yamamoto Young Zhang Mensah Lindqvist Horvat""".split()
CO_A = """Alder Amberly Birchway Bluefjord Brightwell Cobaltine Copperleaf Crestmoor Driftwood Ember
Fernhill Foxglove Granite Harborline Hollowbrook Ironbark Juniper Kestrel Lakemont Larchfield Lumen
Maplecroft Meridian Northgate Oakhurst Pinecrest Quarrystone Redwater Saltmarsh Silverbirch Stonebridge
Summitview Tidewater Upland Westerly Willowmere Zephyr Clearpath Greenhaven Tallgrass""".split()
CO_B = """Labs Health Capital Systems Partners Logistics Group Analytics Foods Media Software Bank
Insurance Clinic Retail Energy Consulting Studio Works Networks Pharma Academy Robotics Mobility
Hospital Foundation Holdings Legal Security Cloud""".split()
CITIES = [("Berlin", "DE"), ("Austin, TX", "US"), ("London", "GB"), ("Toronto", "CA"), ("Lisbon", "PT"),
          ("Denver, CO", "US"), ("Dublin", "IE"), ("Singapore", "SG"), ("Sydney", "AU"), ("Chicago, IL", "US"),
          ("Amsterdam", "NL"), ("Madrid", "ES"), ("Nairobi", "KE"), ("Bangalore", "IN"), ("Seattle, WA", "US"),
          ("Manchester", "GB"), ("Stockholm", "SE"), ("Boston, MA", "US"), ("Warsaw", "PL"), ("Remote", "US")]
DEGREES = [("BSc", "Bachelor"), ("BA", "Bachelor"), ("MSc", "Master"), ("MBA", "Master"), ("MA", "Master"),
           ("PhD", "Doctorate"), ("BEng", "Bachelor")]
SCHOOL_FMT = ["University of {c}", "{c} State University", "{c} Institute of Technology", "{c} Business School",
              "{c} College"]
SCHOOL_CITY = ["Leeds", "Utrecht", "Porto", "Ottawa", "Melbourne", "Madison", "Austin", "Glasgow", "Aarhus",
               "Delhi", "Lyon", "Bristol", "Portland", "Vienna"]

# Per industry: roles, skills, degree areas, things worked on (noun phrases), team partners,
# about-lines ({role}, {years}, {thing}, {skill}, {skill2}, {area} filled in), outcomes.
INDUSTRIES = {
    "tech": dict(
        roles=["Software Engineer", "Backend Engineer", "Frontend Developer", "Data Engineer", "Site Reliability Engineer",
               "Engineering Manager", "Platform Engineer", "Mobile Developer", "Machine Learning Engineer", "QA Engineer"],
        skills=["Python", "Go", "Rust", "TypeScript", "React", "Kubernetes", "Terraform", "PostgreSQL", "Kafka", "AWS",
                "Docker", "GraphQL", "Java", "Spark", "Redis", "CI/CD", "Linux", "SQL"],
        areas=["Computer Science", "Software Engineering", "Mathematics", "Electrical Engineering"],
        things=["the payments API", "our deployment pipeline", "the search service", "a real-time event pipeline",
                "the mobile checkout flow", "the internal design system", "the data warehouse", "the on-call rotation",
                "a feature flag platform", "the authentication service", "the billing system", "our monitoring stack",
                "the recommendation engine", "a shared component library", "the legacy monolith", "the release process"],
        partners=["product managers", "designers", "the security team", "data scientists", "support engineers"],
        about=["I am {a_role} with {years} years of experience building reliable software.",
               "Most of my work has been on {thing}, mostly in {skill} and {skill2}.",
               "I care about clear code, fast feedback and systems that are easy to operate.",
               "Lately I have been focused on performance, observability and developer experience.",
               "I enjoy mentoring engineers who are new to distributed systems.",
               "Before moving into engineering I studied {area}, which still shapes how I approach problems."],
        outcomes=["cutting p99 latency by {pct}%", "reducing cloud costs by {pct}%", "bringing build times down from {n} to {m} minutes",
                  "raising test coverage to {pct}%", "handling {k} requests per second", "removing {n} hours of manual work each week"]),
    "business": dict(
        roles=["Management Consultant", "Business Analyst", "Strategy Manager", "Operations Director", "Project Manager",
               "Chief of Staff", "Product Manager", "Program Manager"],
        skills=["Stakeholder Management", "Business Strategy", "Excel", "PowerPoint", "Agile", "Scrum", "Jira",
                "Process Improvement", "Financial Modeling", "Change Management", "OKRs", "Tableau"],
        areas=["Business Administration", "Economics", "Management", "International Business"],
        things=["the annual planning cycle", "a cost reduction program", "the market entry strategy for Spain",
                "the quarterly business review", "a post-merger integration", "the product roadmap", "vendor contracts",
                "the operating model for customer service", "a portfolio of twelve projects", "the pricing review"],
        partners=["the executive team", "finance", "regional leads", "external advisors", "the board"],
        about=["I am {a_role} who turns messy problems into clear plans.",
               "Over {years} years I have led work on {thing} and similar programs.",
               "My toolkit is simple: good questions, honest numbers and a plan people can follow.",
               "I like working where strategy meets day-to-day operations.",
               "I hold a degree in {area} and still read too many annual reports."],
        outcomes=["saving ${k}k a year", "improving margin by {pct} points", "delivering {n} weeks ahead of plan",
                  "cutting cycle time by {pct}%", "aligning {n} teams on one set of goals"]),
    "hr": dict(
        roles=["HR Business Partner", "Talent Acquisition Specialist", "People Operations Manager", "Recruiter",
               "Learning and Development Lead", "Compensation Analyst", "Head of People"],
        skills=["Talent Acquisition", "Employee Relations", "Workday", "Onboarding", "Performance Management",
                "Employer Branding", "HRIS", "Compensation", "Coaching", "Diversity and Inclusion", "Greenhouse"],
        areas=["Human Resources", "Psychology", "Sociology", "Business Administration"],
        things=["the onboarding program", "our hiring process for engineers", "the annual engagement survey",
                "the performance review cycle", "a new parental leave policy", "the leadership training program",
                "salary bands for all roles", "the interview training for managers", "the employee handbook"],
        partners=["hiring managers", "the leadership team", "works councils", "payroll", "team leads"],
        about=["I am {a_role} who believes good teams are built on purpose.",
               "For {years} years I have worked on {thing} and the everyday questions people bring to HR.",
               "I care about fair processes, clear communication and managers who feel supported.",
               "My background in {area} helps me listen before I advise.",
               "I enjoy making policies simpler so people actually read them."],
        outcomes=["reducing time to hire from {n} to {m} days", "raising offer acceptance to {pct}%",
                  "lowering first-year attrition by {pct}%", "hiring {k} people in one year", "lifting engagement scores by {n} points"]),
    "marketing": dict(
        roles=["Marketing Manager", "Content Strategist", "Growth Marketer", "Brand Manager", "SEO Specialist",
               "Social Media Manager", "Product Marketing Manager", "Demand Generation Manager"],
        skills=["SEO", "Content Marketing", "Google Analytics", "HubSpot", "Copywriting", "Email Marketing",
                "Paid Social", "Brand Strategy", "A/B Testing", "Marketing Automation", "Salesforce", "Figma"],
        areas=["Marketing", "Communications", "Journalism", "Media Studies"],
        things=["the company blog", "our email newsletter", "the product launch campaign", "the website redesign",
                "paid search campaigns", "the brand guidelines", "customer case studies", "the webinar program",
                "the partner marketing program", "our social channels"],
        partners=["sales", "the product team", "agencies", "designers", "customer success"],
        about=["I am {a_role} who likes stories backed by data.",
               "In {years} years I have run {thing} and campaigns across several markets.",
               "I write clearly, test often and keep an eye on what customers actually do.",
               "My degree in {area} taught me to respect the reader.",
               "I enjoy turning a complex product into a message people remember."],
        outcomes=["growing organic traffic by {pct}%", "doubling the newsletter list to {k}k readers",
                  "lowering cost per lead by {pct}%", "generating {n} qualified leads a month", "lifting conversion by {pct}%"]),
    "finance": dict(
        roles=["Financial Analyst", "Accountant", "Controller", "FP&A Manager", "Auditor", "Investment Analyst",
               "Treasury Analyst", "Chief Financial Officer"],
        skills=["Financial Modeling", "Excel", "SAP", "IFRS", "GAAP", "Budgeting", "Forecasting", "Power BI",
                "Audit", "Valuation", "Tax", "Risk Management"],
        areas=["Finance", "Accounting", "Economics", "Mathematics"],
        things=["the monthly close", "the annual budget", "the cash flow forecast", "the audit of three subsidiaries",
                "the board reporting pack", "the migration to a new ERP", "the transfer pricing review",
                "a new expense policy", "the investment committee memos"],
        partners=["the CFO", "external auditors", "business unit leads", "the tax team", "procurement"],
        about=["I am {a_role} who makes numbers easy to trust.",
               "I have spent {years} years on {thing} and the reporting that depends on it.",
               "I like clean spreadsheets, clear assumptions and forecasts that hold up.",
               "I studied {area} and qualified as a chartered accountant.",
               "My goal is always the same: fewer surprises at the end of the quarter."],
        outcomes=["shortening the close from {n} to {m} days", "improving forecast accuracy to {pct}%",
                  "freeing ${k}k of working capital", "passing the audit with no findings", "cutting reporting time by {pct}%"]),
    "healthcare": dict(
        roles=["Registered Nurse", "Clinical Research Coordinator", "Healthcare Administrator", "Physical Therapist",
               "Pharmacist", "Nurse Practitioner", "Medical Laboratory Scientist", "Health Data Analyst"],
        skills=["Patient Care", "Electronic Health Records", "Epic", "Clinical Trials", "HIPAA", "Triage",
                "Infection Control", "Care Coordination", "Phlebotomy", "Quality Improvement", "BLS"],
        areas=["Nursing", "Public Health", "Biology", "Pharmacy", "Health Administration"],
        things=["the discharge process", "patient scheduling", "a clinical trial with {n} sites", "the medication reconciliation process",
                "infection control audits", "the nurse training program", "the new patient portal", "staffing plans for the ward"],
        partners=["physicians", "pharmacists", "social workers", "families", "the quality team"],
        about=["I am {a_role} with {years} years of experience in busy hospitals.",
               "I have worked on {thing} and care deeply about safe, calm care.",
               "Patients and families trust me to explain things plainly.",
               "My training in {area} taught me to stay precise under pressure.",
               "I enjoy teaching new staff and improving how the ward runs."],
        outcomes=["reducing readmissions by {pct}%", "cutting waiting times by {n} minutes", "raising patient satisfaction to {pct}%",
                  "enrolling {k} patients ahead of schedule", "reducing medication errors by {pct}%"]),
    "education": dict(
        roles=["Teacher", "Instructional Designer", "Curriculum Developer", "School Principal", "Academic Advisor",
               "Lecturer", "Education Program Manager"],
        skills=["Curriculum Design", "Classroom Management", "Lesson Planning", "E-Learning", "Moodle", "Assessment",
                "Coaching", "Public Speaking", "Special Education"],
        areas=["Education", "English Literature", "History", "Mathematics", "Psychology"],
        things=["the science curriculum", "an online course for {k} learners", "the tutoring program", "parent evenings",
                "the reading intervention program", "teacher training days", "the student mentoring scheme"],
        partners=["parents", "teachers", "school leaders", "the local council", "students"],
        about=["I am {a_role} who believes every learner can make progress.",
               "For {years} years I have worked on {thing} and classroom practice.",
               "I design lessons that are clear, practical and a little bit fun.",
               "My background in {area} gives me a love of good questions.",
               "I enjoy helping new teachers find their feet."],
        outcomes=["raising exam pass rates by {pct}%", "reaching {k} learners", "improving attendance to {pct}%",
                  "training {n} teachers", "cutting course dropout by {pct}%"]),
    "sales": dict(
        roles=["Account Executive", "Sales Development Representative", "Account Manager", "Sales Manager",
               "Customer Success Manager", "Business Development Manager", "Solutions Consultant"],
        skills=["Salesforce", "Negotiation", "Pipeline Management", "Account Management", "Cold Calling", "SaaS",
                "Forecasting", "CRM", "Solution Selling", "Customer Success"],
        areas=["Business Administration", "Marketing", "Communications", "Economics"],
        things=["enterprise accounts in the Nordics", "the partner channel", "renewals for our largest customers",
                "the outbound sales playbook", "the onboarding of new customers", "our pricing proposals", "a territory of {n} accounts"],
        partners=["solutions engineers", "marketing", "legal", "customer success", "product"],
        about=["I am {a_role} who listens first and sells second.",
               "Over {years} years I have managed {thing} and built long customer relationships.",
               "I like complex deals where the customer's problem is not obvious at first.",
               "My degree in {area} helps me understand what the buyer is measured on.",
               "I keep my pipeline honest and my promises small."],
        outcomes=["closing ${k}k in new business", "reaching {pct}% of quota", "growing net revenue retention to {pct}%",
                  "shortening the sales cycle by {n} days", "opening {n} new markets"]),
    "operations": dict(
        roles=["Operations Manager", "Supply Chain Analyst", "Logistics Coordinator", "Warehouse Manager",
               "Procurement Specialist", "Plant Manager", "Fleet Manager"],
        skills=["Supply Chain Management", "Lean", "Six Sigma", "Inventory Management", "SAP", "Procurement",
                "Logistics", "Forecasting", "Vendor Management", "Health and Safety"],
        areas=["Industrial Engineering", "Logistics", "Business Administration", "Mechanical Engineering"],
        things=["the regional distribution center", "inbound logistics", "the supplier scorecard", "the warehouse layout",
                "the safety program", "the demand planning process", "a fleet of {n} vehicles", "the returns process"],
        partners=["suppliers", "carriers", "the finance team", "site managers", "customer service"],
        about=["I am {a_role} who keeps things moving.",
               "For {years} years I have been responsible for {thing} and the people who run it.",
               "I like clear metrics, tidy warehouses and problems solved at the root.",
               "I studied {area} and still love a good process map.",
               "Safety comes first, then service, then cost."],
        outcomes=["raising on-time delivery to {pct}%", "cutting inventory by {pct}%", "saving ${k}k in freight costs",
                  "reducing lost-time incidents to zero", "improving picking speed by {pct}%"]),
    "legal": dict(
        roles=["Corporate Lawyer", "Paralegal", "Legal Counsel", "Compliance Officer", "Contract Manager",
               "Privacy Counsel"],
        skills=["Contract Law", "GDPR", "Compliance", "Legal Research", "Negotiation", "Corporate Governance",
                "Due Diligence", "Litigation", "Employment Law"],
        areas=["Law", "Political Science", "International Relations"],
        things=["commercial contracts", "the privacy program", "due diligence for {n} acquisitions", "the compliance training",
                "the contract management system", "data processing agreements", "the whistleblowing policy"],
        partners=["the board", "product teams", "outside counsel", "regulators", "sales"],
        about=["I am {a_role} who gives practical advice in plain language.",
               "I have spent {years} years on {thing} and related regulatory work.",
               "I help teams say yes safely rather than simply saying no.",
               "I studied {area} and was admitted to the bar in {year}.",
               "Clear drafting is the most underrated legal skill."],
        outcomes=["cutting contract review time by {pct}%", "closing {n} deals", "completing the audit with no major findings",
                  "training {k} employees", "resolving {n} disputes without litigation"]),
    "design": dict(
        roles=["Product Designer", "UX Researcher", "UX Designer", "Graphic Designer", "Design Lead", "Content Designer"],
        skills=["Figma", "User Research", "Prototyping", "Interaction Design", "Accessibility", "Design Systems",
                "Usability Testing", "Illustration", "Typography", "Adobe Creative Suite"],
        areas=["Graphic Design", "Interaction Design", "Psychology", "Architecture"],
        things=["the onboarding experience", "the design system", "the mobile app", "the accessibility audit",
                "the checkout flow", "the research repository", "the brand refresh", "the help center"],
        partners=["engineers", "product managers", "researchers", "marketing", "customers"],
        about=["I am {a_role} who designs with people, not just for them.",
               "In {years} years I have shaped {thing} and many smaller features.",
               "I care about accessibility, honest research and details that respect the user.",
               "My background in {area} still shows in how I think about space and flow.",
               "I like sketching early, testing often and shipping small."],
        outcomes=["raising task success to {pct}%", "cutting support tickets by {pct}%", "lifting activation by {pct}%",
                  "running {n} usability studies", "meeting WCAG AA across {n} screens"]),
}
VERBS = ["Led", "Built", "Designed", "Launched", "Redesigned", "Managed", "Improved", "Delivered", "Owned", "Ran",
         "Created", "Introduced", "Streamlined", "Rebuilt", "Automated", "Coordinated", "Negotiated", "Analyzed",
         "Planned", "Developed", "Reorganized", "Simplified", "Expanded", "Mentored a team on", "Standardized"]
BULLET = ["{verb} {thing}, {outcome}.", "{verb} {thing} with {partners}, {outcome}.", "{verb} {thing} for {n} {unit}.",
          "{verb} {thing} using {skill}.", "{verb} {thing} while {outcome2}.", "{verb} {thing} across {n} countries.",
          "{verb} {thing} together with {partners}."]
UNITS = ["teams", "clients", "sites", "regions", "product lines", "departments", "customers"]
EXTRA = ["I work best in small teams with a clear goal.", "Outside work I run, cook and read history.",
         "I speak English, Spanish and some German.", "I am always happy to talk shop over coffee.",
         "I volunteer as a mentor for people changing careers.", "I believe in writing things down.",
         "My favorite projects are the ones that make someone's day a little easier.",
         "I have lived and worked in three countries.", "I am currently open to new opportunities.",
         "Feedback is a gift, and I try to give it kindly.", "I am happiest when a plan survives contact with reality."]
HEADLINE = ["{role} at {company}", "{role} at {company} | {skill}, {skill2}", "{role} | {skill} | {skill2}",
            "{role} helping teams with {thing}", "Senior {role} · {skill}", "{role} at {company} · {city}"]
DATE_FMT = ["{m1} {y1} – {m2} {y2}", "{mm1:02d}/{y1} - {mm2:02d}/{y2}", "{y1}–{y2}", "{y1}-{mm1:02d} to {y2}-{mm2:02d}"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# Style slips (the buzzwords and weak openers are entries of dictionaries/rules/*.tsv).
BUZZ_ADJ = ["results-driven", "detail-oriented", "hard-working", "self-motivated", "highly motivated", "passionate",
            "proactive", "customer-centric", "mission-driven", "dedicated", "award-winning", "seasoned"]
BUZZ_NOUN = ["team player", "self-starter", "go-getter", "problem solver", "fast learner", "people person",
             "thought leader", "visionary"]
BUZZ_SENTENCE = ["I have a proven track record of delivering results.", "I always go above and beyond.",
                 "I like to think outside the box.", "I bring synergy to every team I join.",
                 "I am known for finding the low-hanging fruit.", "I wear many hats and move the needle.",
                 "I take a holistic approach to every problem."]
WEAK_OPENERS = ["Responsible for", "Worked on", "Helped with", "In charge of", "Involved in", "Tasked with",
                "Duties included", "Participated in", "Assisted with"]
WRONG_PREP = [("passionate about", "passionate for"), ("experience in", "experience on"), ("interested in", "interested about"),
              ("expert in", "expert of"), ("specialized in", "specialized on"), ("focused on", "focused in")]
PREP_LINES = ["I am passionate about {thing}.", "I have deep experience in {skill}.", "I am interested in {thing}.",
              "Colleagues see me as an expert in {skill}.", "I specialized in {skill} early on.", "I am focused on {thing}."]

KEYS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEAR = {}
for r, row in enumerate(KEYS):
    for c, ch in enumerate(row):
        NEAR[ch] = "".join(KEYS[rr][cc] for rr in (r - 1, r, r + 1) for cc in (c - 1, c, c + 1)
                           if 0 <= rr < 3 and 0 <= cc < len(KEYS[rr]) and (rr, cc) != (r, c))

WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def count_words(text):
    return len(WORD_RE.findall(text))


def load_words():
    """Every word in dictionaries/word-tiers.txt, lower-cased: a typo must not land on a real word."""
    words = set()
    with open(os.path.join(ROOT, "dictionaries", "word-tiers.txt"), encoding="utf-8") as f:
        for line in f:
            w = line.split("\t", 1)[0].strip()
            if w and not w.startswith("#"):
                words.add(w.lower())
    return words


class Profile:
    """One fictional person, built as plain data, then written as Markdown or JSON Resume."""

    def __init__(self, rng, words_target):
        self.rng = rng
        ind_name = rng.choice(sorted(INDUSTRIES))
        ind = INDUSTRIES[ind_name]
        self.industry = ind_name
        self.name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.city, self.country = rng.choice(CITIES)
        self.skills = rng.sample(ind["skills"], min(len(ind["skills"]), rng.randint(4, 9)))
        role = rng.choice(ind["roles"])
        companies = []
        while len(companies) < 6:
            c = f"{rng.choice(CO_A)} {rng.choice(CO_B)}"
            if c not in companies:
                companies.append(c)
        years = rng.randint(2, 22)
        ctx = dict(role=role, a_role=f"{article(role)} {role}", company=companies[0], city=self.city.split(",")[0], years=years,
                   area=rng.choice(ind["areas"]), year=2024 - years)
        fill = lambda s: self._fill(s, ind, ctx)
        self.headline = fill(rng.choice(HEADLINE))
        # About: 2-6 sentences from the industry's lines plus general ones.
        lines = ind["about"][:]
        rng.shuffle(lines)
        about = [fill(lines[0])] + [fill(l) for l in lines[1:rng.randint(2, len(lines))]]
        if rng.random() < 0.6:
            about.insert(rng.randint(1, len(about)), rng.choice(EXTRA))
        self.about = about  # sentences; split into paragraphs when written
        # Experience: newest first; add entries and bullets until the word budget is spent.
        self.work = []
        budget = words_target - count_words(" ".join([self.name, self.headline] + about)) - 40
        end_year = 2024
        roles = [role] + [r for r in ind["roles"] if r != role]
        k = 0
        while (budget > 0 or k == 0) and k < 6:
            start_year = end_year - rng.randint(1, 5)
            entry = dict(title=roles[k % len(roles)] if k else role, company=companies[k], start=start_year,
                         end=None if k == 0 else end_year, bullets=[], summary=None,
                         location=rng.choice(CITIES)[0])
            n = max(1, min(rng.randint(2, 6), budget // 16))
            for _ in range(n):
                b = fill(rng.choice(BULLET))
                entry["bullets"].append(b)
                budget -= count_words(b)
            if rng.random() < 0.35:
                entry["summary"] = f"{entry['title']} in a team of {rng.randint(3, 40)} people."
                budget -= 8
            budget -= 8
            self.work.append(entry)
            end_year = start_year
            k += 1
        # If the budget is still large, the last entries get more bullets.
        while budget > 0:
            e = rng.choice(self.work)
            b = fill(rng.choice(BULLET))
            e["bullets"].append(b)
            budget -= count_words(b)
        deg, study = rng.choice(DEGREES)
        school = rng.choice(SCHOOL_FMT).format(c=rng.choice(SCHOOL_CITY))
        self.education = [dict(degree=deg, study=study, area=ctx["area"], school=school, start=end_year - 4, end=end_year)]
        self.typos = []
        self.slips = []

    def _fill(self, s, ind, ctx):
        rng = self.rng
        sk = rng.sample(self.skills, 2)
        vals = dict(ctx, skill=sk[0], skill2=sk[1], thing=rng.choice(ind["things"]), partners=rng.choice(ind["partners"]),
                    verb=rng.choice(VERBS), unit=rng.choice(UNITS), n=rng.randint(3, 12), m=rng.randint(1, 2),
                    k=rng.randint(2, 90) * 10, pct=rng.randint(5, 60))
        vals["outcome"] = rng.choice(ind["outcomes"]).format(**vals)
        vals["outcome2"] = rng.choice(ind["outcomes"]).format(**vals)
        vals["thing"] = vals["thing"].format(**vals)
        return s.format(**vals)

    # -- prose slots that slips and typos may touch ------------------------------------------
    def slots(self):
        """(container, index) pairs for every sentence or bullet of running prose."""
        out = [(self.about, i) for i in range(len(self.about))]
        for e in self.work:
            out += [(e["bullets"], i) for i in range(len(e["bullets"]))]
        return out

    def protected(self):
        names = [self.name, self.city, self.headline] + self.skills
        names += [e["company"] for e in self.work] + [e["location"] for e in self.work]
        return {w.lower() for n in names for w in WORD_RE.findall(n)}

    def add_typos(self, n, real_words):
        rng = self.rng
        prot = self.protected()
        slots = self.slots()
        tries = 0
        while len(self.typos) < n and tries < 50:
            tries += 1
            cont, i = rng.choice(slots)
            toks = [m for m in re.finditer(r"[A-Za-z]+", cont[i])
                    if len(m.group()) >= 4 and m.group().islower() and m.group() in real_words and m.group() not in prot]
            if not toks:
                continue
            m = rng.choice(toks)
            w = m.group()
            typo = mutate(rng, w)
            if typo == w or typo.lower() in real_words:
                continue
            cont[i] = cont[i][:m.start()] + typo + cont[i][m.end():]
            self.typos.append([w, typo])

    def add_slip(self, kind):
        rng = self.rng
        slots = self.slots()
        if kind == "buzzword":
            r = rng.random()
            if r < 0.4:
                adj = rng.choice(BUZZ_ADJ)
                s = f"I am {article(adj)} {adj} professional with a focus on {self.skills[0]}."
            elif r < 0.7:
                s = f"Colleagues describe me as a {rng.choice(BUZZ_NOUN)}."
            else:
                s = rng.choice(BUZZ_SENTENCE)
            self.about.insert(rng.randint(0, len(self.about)), s)
        elif kind == "weak-opener":
            e = rng.choice(self.work)
            i = rng.randrange(len(e["bullets"]))
            rest = e["bullets"][i].split(" ", 1)[1]
            if rest.startswith(("a team on ", "team on ")):
                rest = rest.split(" on ", 1)[1]
            e["bullets"][i] = f"{rng.choice(WEAK_OPENERS)} {rest}"
        elif kind == "repeated-word":
            cont, i = rng.choice(slots)
            toks = [m for m in re.finditer(r"\b(the|a|to|and|of|in|for|with|our|my|I)\b", cont[i])]
            if not toks:
                return False
            m = rng.choice(toks)
            cont[i] = cont[i][:m.end()] + " " + m.group() + cont[i][m.end():]
        elif kind == "a-an":
            cands = [(c, i, m) for c, i in slots for m in re.finditer(r"\b(a|an) ([A-Za-z])", c[i])]
            if cands:
                c, i, m = rng.choice(cands)
                art = "an" if m.group(1) == "a" else "a"
                c[i] = c[i][:m.start()] + art + c[i][m.start() + len(m.group(1)):]
            else:
                self.about.append(f"I joined as an {rng.choice(['team lead', 'junior analyst', 'contractor', 'intern'])}.")
        elif kind == "double-space":
            cont, i = rng.choice(slots)
            spaces = [m.start() for m in re.finditer(" ", cont[i])]
            if not spaces:
                return False
            p = rng.choice(spaces)
            cont[i] = cont[i][:p] + "  " + cont[i][p + 1:]
        elif kind == "lowercase-i":
            cands = [(self.about, j) for j, s in enumerate(self.about) if s.startswith("I ") and " " in s[2:]]
            if not cands:
                return False
            c, j = rng.choice(cands)
            c[j] = "Honestly, i " + c[j][2:] if rng.random() < 0.5 else c[j][:-1] + " and i love it."
        elif kind == "wrong-preposition":
            line = rng.choice(PREP_LINES).format(thing="the work", skill=self.skills[0])
            for right, wrong in WRONG_PREP:
                line = line.replace(right, wrong)
            self.about.insert(rng.randint(0, len(self.about)), line)
        elif kind == "space-before-comma":
            cands = [(c, i) for c, i in slots if ", " in c[i]]
            if not cands:
                return False
            c, i = rng.choice(cands)
            c[i] = c[i].replace(", ", " , ", 1)
        self.slips.append(kind)
        return True

    # -- writers ---------------------------------------------------------------------------------
    def _date_line(self, e):
        rng = self.rng
        fmt = rng.choice(DATE_FMT)
        mm1, mm2 = rng.randint(1, 12), rng.randint(1, 12)
        end_y = e["end"]
        s = fmt.format(m1=MONTHS[mm1 - 1], y1=e["start"], m2=MONTHS[mm2 - 1] if end_y else "", y2=end_y or "Present",
                       mm1=mm1, mm2=mm2)
        if not end_y:
            s = re.sub(r"(\d\d/)?Present|-\d\d$", "", s).rstrip(" -–to") + " – Present"
            s = s.replace("  – Present", " – Present")
        if rng.random() < 0.5:
            s += f" · {e['location']}"
        return s

    def markdown(self):
        rng = self.rng
        out = [f"# {self.name}", "", "## Headline", "", self.headline, "", "## About", ""]
        paras, cur = [], []
        for s in self.about:
            cur.append(s)
            if len(cur) >= 3 and rng.random() < 0.5:
                paras.append(" ".join(cur)); cur = []
        if cur:
            paras.append(" ".join(cur))
        for p in paras:
            out += [p, ""]
        out += ["## Experience", ""]
        for e in self.work:
            sep = rng.choice([" — ", " at ", " | ", " @ "])
            out += [f"### {e['title']}{sep}{e['company']}", "", self._date_line(e), ""]
            if e["summary"]:
                out += [e["summary"], ""]
            if rng.random() < 0.8:
                out += [f"- {b}" for b in e["bullets"]]
            else:
                out.append(" ".join(e["bullets"]))
            out.append("")
        out += ["## Education", ""]
        for ed in self.education:
            out += [f"### {ed['degree']} {ed['area']} — {ed['school']}", "", f"{ed['start']} – {ed['end']}", ""]
        out += ["## Skills", "", ", ".join(self.skills)]
        return "\n".join(out) + "\n"

    def json_resume(self):
        rng = self.rng
        email = self.name.lower().replace(" ", ".") + "@example.com"
        work = []
        for e in self.work:
            w = {"name": e["company"], "position": e["title"], "location": e["location"],
                 "startDate": f"{e['start']}-{rng.randint(1, 12):02d}"}
            if e["end"]:
                w["endDate"] = f"{e['end']}-{rng.randint(1, 12):02d}"
            if e["summary"]:
                w["summary"] = e["summary"]
            w["highlights"] = e["bullets"]
            work.append(w)
        doc = {
            "basics": {"name": self.name, "label": self.headline, "email": email, "summary": " ".join(self.about),
                       "location": {"city": self.city.split(",")[0], "countryCode": self.country}},
            "work": work,
            "education": [{"institution": ed["school"], "area": ed["area"], "studyType": ed["study"],
                           "startDate": str(ed["start"]), "endDate": str(ed["end"])} for ed in self.education],
            "skills": [{"name": self.industry.capitalize(), "keywords": self.skills}],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

    def prose(self):
        """The human text of the profile, one line per sentence group, as a spell checker sees it."""
        lines = [self.name, self.headline, " ".join(self.about)]
        for e in self.work:
            lines.append(f"{e['title']} {e['company']} {e['location']}")
            if e["summary"]:
                lines.append(e["summary"])
            lines += e["bullets"]
        for ed in self.education:
            lines.append(f"{ed['degree']} {ed['area']} {ed['school']}")
        lines.append(", ".join(self.skills))
        return "\n".join(lines) + "\n"


def article(phrase):
    """'a' or 'an' by the sound of the first word (acronyms by their first letter's name)."""
    w = phrase.split()[0]
    if w.isupper() or "&" in w:
        return "an" if w[0] in "AEFHILMNORSX" else "a"
    return "an" if w[0].lower() in "aeiou" and not w.lower().startswith(("uni", "use", "eu", "one")) else "a"


def mutate(rng, w):
    """One keyboard slip in a lower-case word: swap, drop, double or a neighbouring key."""
    i = rng.randrange(1, len(w) - 1)  # keep the first letter, as most real typos do
    op = rng.random()
    if op < 0.3:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.6:
        return w[:i] + w[i + 1:]
    if op < 0.8:
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice(NEAR.get(w[i], w[i])) + w[i + 1:]


SLIP_KINDS = ["buzzword", "weak-opener", "repeated-word", "a-an", "double-space", "lowercase-i", "wrong-preposition",
              "space-before-comma"]
SLIP_WEIGHTS = [30, 25, 10, 10, 12, 4, 5, 4]


def generate(i, seed, words_mean, real_words):
    """Profile i for this seed: its own RNG, so any prefix of a batch is the same batch."""
    rng = random.Random(seed * 1_000_003 + i)
    sigma = 0.4
    target = int(min(4 * words_mean, max(60, rng.lognormvariate(math.log(words_mean) - sigma * sigma / 2, sigma))))
    p = Profile(rng, int(target * 1.1))  # the budget undercounts headings and names
    n_slips = rng.choices([0, 1, 2, 3], weights=[30, 40, 22, 8])[0]
    for kind in rng.choices(SLIP_KINDS, weights=SLIP_WEIGHTS, k=n_slips):
        p.add_slip(kind)
    # Typos last, so the slips' own text can carry one too.
    p.add_typos(rng.choices([0, 1, 2, 3], weights=[20, 40, 28, 12])[0], real_words)
    return p


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="folder to write the profiles into (created)")
    ap.add_argument("--words", type=int, default=300, help="mean words per profile (default 300)")
    ap.add_argument("--json-share", type=float, default=0.4, help="share written as JSON Resume (default 0.4)")
    ap.add_argument("--manifest", help="write one JSON line per profile here (file, words, typos, slips)")
    ap.add_argument("--prose", help="write the profiles' prose here as plain text lines")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    real_words = load_words()
    manifest = open(a.manifest, "w", encoding="utf-8") if a.manifest else None
    prose = open(a.prose, "w", encoding="utf-8") if a.prose else None
    total_words, lens, n_typos, n_slips, n_json = 0, [], 0, 0, 0
    for i in range(a.count):
        p = generate(i, a.seed, a.words, real_words)
        is_json = p.rng.random() < a.json_share
        name = f"p{i:05d}.{'json' if is_json else 'md'}"
        body = p.json_resume() if is_json else p.markdown()
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
            f.write(body)
        text = p.prose()
        words = count_words(text)
        total_words += words; lens.append(words); n_typos += len(p.typos); n_slips += len(p.slips); n_json += is_json
        if manifest:
            manifest.write(json.dumps({"file": name, "industry": p.industry, "words": words, "typos": p.typos,
                                       "slips": p.slips}) + "\n")
        if prose:
            prose.write(text)
    for f in (manifest, prose):
        if f:
            f.close()
    lens.sort()
    print(f"{a.count} profiles ({a.count - n_json} Markdown, {n_json} JSON Resume) in {a.out}: {total_words} words, "
          f"{total_words / max(1, a.count):.0f} per profile (median {lens[len(lens) // 2] if lens else 0}, "
          f"min {lens[0] if lens else 0}, max {lens[-1] if lens else 0}); {n_typos} typos, {n_slips} style slips",
          file=sys.stderr)


if __name__ == "__main__":
    main()
