namespace Mingle.Demo;

/// <summary>The fixed vocabulary of the demo organisation: sites, divisions, skills, interests and team names.</summary>
internal static class DemoCatalogue
{
    public const string Engineering = "Engineering", Data = "Data", ProductDesign = "Product & Design", Sales = "Sales",
        Marketing = "Marketing", Customer = "Customer", Finance = "Finance", People = "People", Legal = "Legal",
        Operations = "Operations", Leadership = "Leadership";

    // Name pool weights, in DemoNames order: PT EN DE ES IN CN SEA AF ME EA EE FR/IT.
    public static readonly DemoLocationTemplate[] Locations =
    [
        new("Lisbon HQ", "Lisbon", "Portugal", "EMEA", "Europe/Lisbon", 0, "Portuguese, English",
            [55, 6, 4, 8, 6, 2, 1, 7, 2, 1, 4, 8]),
        new("London Office", "London", "United Kingdom", "EMEA", "Europe/London", 0, "English",
            [3, 45, 3, 4, 12, 5, 2, 10, 7, 2, 8, 8]),
        new("Berlin Office", "Berlin", "Germany", "EMEA", "Europe/Berlin", 60, "German, English",
            [2, 8, 45, 6, 8, 3, 1, 3, 10, 2, 12, 10]),
        new("New York Office", "New York", "United States", "Americas", "America/New_York", -300, "English",
            [2, 40, 3, 15, 10, 10, 2, 8, 5, 7, 3, 5]),
        new("Austin Hub", "Austin", "United States", "Americas", "America/Chicago", -360, "English",
            [1, 45, 2, 25, 12, 8, 1, 5, 2, 5, 1, 2]),
        new("São Paulo Office", "São Paulo", "Brazil", "Americas", "America/Sao_Paulo", -180, "Portuguese, English",
            [65, 2, 2, 15, 1, 1, 0, 2, 5, 8, 1, 7]),
        new("Bengaluru Tech Centre", "Bengaluru", "India", "APAC", "Asia/Kolkata", 330, "English, Hindi, Kannada",
            [0, 3, 1, 0, 90, 1, 1, 1, 2, 1, 0, 0]),
        new("Singapore Office", "Singapore", "Singapore", "APAC", "Asia/Singapore", 480, "English, Mandarin, Malay",
            [0, 5, 1, 0, 20, 45, 22, 0, 2, 5, 0, 0]),
    ];

    // Location weights in Locations order: LIS LON BER NYC AUS SAO BLR SIN.
    public static readonly DemoDivisionTemplate[] Divisions =
    [
        new("Engineering", "Engineering", 30,
            ["Platform", "Payments", "Mobile", "Web Experience", "Infrastructure", "Security", "Developer Productivity",
             "Search", "Integrations", "Identity", "Core Services", "Reliability", "Quality Engineering", "Messaging", "Storage"],
            ["Software Engineer", "Software Engineer", "Software Engineer", "Software Engineer", "Site Reliability Engineer",
             "QA Engineer", "Security Engineer", "Frontend Engineer", "Mobile Engineer"],
            "Engineering Manager", "Chief Technology Officer",
            [25, 5, 20, 5, 15, 5, 20, 5], [(Engineering, 72), (Data, 8), (Operations, 4), (Leadership, 8), (ProductDesign, 5), (Customer, 3)]),
        new("Product", "Product", 7,
            ["Product Management", "Design", "User Research", "Product Operations", "Growth Product"],
            ["Product Manager", "Product Manager", "Product Designer", "Product Designer", "UX Researcher", "Content Designer"],
            "Group Product Manager", "Chief Product Officer",
            [30, 15, 15, 15, 10, 5, 5, 5], [(ProductDesign, 55), (Data, 10), (Engineering, 8), (Leadership, 14), (Marketing, 7), (Customer, 6)]),
        new("Data", "Data", 8,
            ["Data Platform", "Analytics", "Machine Learning", "Data Governance", "Business Intelligence"],
            ["Data Engineer", "Data Scientist", "Data Analyst", "Machine Learning Engineer", "Analytics Engineer"],
            "Data Science Manager", "Chief Data Officer",
            [25, 10, 10, 10, 5, 5, 25, 10], [(Data, 58), (Engineering, 22), (Leadership, 10), (ProductDesign, 5), (Finance, 5)]),
        new("Sales", "Sales", 15,
            ["Enterprise Sales", "Mid-Market Sales", "Sales Development", "Solutions Engineering", "Partnerships",
             "Sales Operations", "Public Sector"],
            ["Account Executive", "Account Executive", "Sales Development Representative", "Solutions Engineer", "Partner Manager"],
            "Sales Manager", "Chief Revenue Officer",
            [5, 20, 10, 25, 15, 10, 5, 10], [(Sales, 62), (Leadership, 14), (Marketing, 9), (Customer, 10), (ProductDesign, 5)]),
        new("Marketing", "Marketing", 6,
            ["Brand", "Growth Marketing", "Product Marketing", "Content", "Events", "Communications"],
            ["Marketing Specialist", "Content Strategist", "Growth Marketer", "Product Marketer", "Brand Designer"],
            "Marketing Manager", "Chief Marketing Officer",
            [20, 25, 5, 25, 10, 10, 0, 5], [(Marketing, 62), (Leadership, 12), (Data, 9), (Sales, 8), (ProductDesign, 9)]),
        new("Customer Success", "Customer Success", 12,
            ["Support", "Customer Success", "Onboarding", "Technical Account Management", "Customer Education", "Support Operations"],
            ["Support Engineer", "Support Engineer", "Customer Success Manager", "Implementation Consultant", "Technical Account Manager"],
            "Support Manager", "Chief Customer Officer",
            [15, 10, 5, 15, 15, 15, 15, 10], [(Customer, 52), (Sales, 12), (Leadership, 12), (Engineering, 10), (ProductDesign, 9), (Operations, 5)]),
        new("Finance", "Finance", 5,
            ["Accounting", "Financial Planning", "Procurement", "Tax", "Treasury", "Revenue Accounting"],
            ["Accountant", "Financial Analyst", "Procurement Specialist", "Tax Specialist", "Treasury Analyst"],
            "Finance Manager", "Chief Financial Officer",
            [40, 20, 5, 20, 5, 5, 5, 0], [(Finance, 62), (Data, 10), (Leadership, 10), (Operations, 10), (Legal, 8)]),
        new("People", "People", 4,
            ["People Partners", "Talent Acquisition", "Learning & Development", "People Analytics", "Total Rewards", "Workplace Experience"],
            ["People Partner", "Recruiter", "Recruiter", "Learning Specialist", "People Analyst", "Rewards Specialist"],
            "People Manager", "Chief People Officer",
            [35, 15, 10, 15, 5, 10, 5, 5], [(People, 62), (Leadership, 18), (Data, 8), (Operations, 7), (Legal, 5)]),
        new("Legal", "Legal", 2,
            ["Commercial Legal", "Privacy & Compliance", "Corporate Legal", "Intellectual Property"],
            ["Legal Counsel", "Paralegal", "Compliance Analyst", "Privacy Specialist"],
            "Legal Manager", "General Counsel",
            [40, 20, 10, 25, 0, 5, 0, 0], [(Legal, 62), (Leadership, 14), (Finance, 10), (People, 9), (Operations, 5)]),
        new("Operations", "Operations", 8,
            ["IT", "Facilities", "Business Operations", "Programme Management", "Corporate Security", "Supply Chain"],
            ["IT Specialist", "Operations Analyst", "Programme Manager", "Facilities Coordinator", "Systems Administrator"],
            "Operations Manager", "Chief Operating Officer",
            [30, 10, 10, 10, 15, 10, 10, 5], [(Operations, 52), (Engineering, 14), (Leadership, 14), (Finance, 10), (Customer, 5), (Data, 5)]),
    ];

    /// <summary>"Category|Name|alias,alias" — about 150 skills; aliases are lower-case and unique.</summary>
    public static readonly DemoSkill[] Skills = Parse(
    [
        "Engineering|C#|csharp,c-sharp", "Engineering|.NET|dotnet", "Engineering|Java|", "Engineering|Kotlin|",
        "Engineering|Go|golang", "Engineering|Rust|", "Engineering|Python|py", "Engineering|JavaScript|js,ecmascript",
        "Engineering|TypeScript|ts", "Engineering|React|reactjs", "Engineering|Angular|", "Engineering|Vue.js|vue",
        "Engineering|Node.js|node,nodejs", "Engineering|Swift|", "Engineering|iOS Development|ios",
        "Engineering|Android Development|android", "Engineering|Kubernetes|k8s", "Engineering|Docker|containers",
        "Engineering|Terraform|tf", "Engineering|AWS|amazon web services", "Engineering|Azure|microsoft azure",
        "Engineering|Google Cloud|gcp", "Engineering|Linux|", "Engineering|PostgreSQL|postgres", "Engineering|MySQL|",
        "Engineering|Redis|", "Engineering|Kafka|apache kafka", "Engineering|GraphQL|gql", "Engineering|REST APIs|rest",
        "Engineering|gRPC|", "Engineering|Microservices|", "Engineering|Distributed Systems|", "Engineering|CI/CD|continuous integration",
        "Engineering|Git|", "Engineering|Observability|monitoring", "Engineering|Site Reliability Engineering|sre",
        "Engineering|Incident Management|on-call", "Engineering|Performance Tuning|", "Engineering|Application Security|appsec",
        "Engineering|Penetration Testing|pentest", "Engineering|Cryptography|crypto", "Engineering|Test Automation|qa automation",
        "Engineering|System Design|", "Engineering|Accessibility|a11y", "Engineering|Web Performance|", "Engineering|C++|cpp",
        "Engineering|Elasticsearch|elastic",
        "Data|SQL|", "Data|Machine Learning|ml", "Data|Deep Learning|dl", "Data|Natural Language Processing|nlp",
        "Data|Computer Vision|cv", "Data|Statistics|stats", "Data|Data Visualization|dataviz", "Data|Tableau|",
        "Data|Power BI|powerbi", "Data|dbt|", "Data|Apache Spark|spark", "Data|Airflow|apache airflow", "Data|Data Modeling|",
        "Data|A/B Testing|ab testing,experimentation", "Data|Pandas|", "Data|Large Language Models|llm,llms",
        "Product & Design|Product Strategy|", "Product & Design|Roadmapping|", "Product & Design|User Research|ux research",
        "Product & Design|UX Design|ux", "Product & Design|UI Design|ui", "Product & Design|Figma|", "Product & Design|Prototyping|",
        "Product & Design|Design Systems|", "Product & Design|Product Discovery|", "Product & Design|Content Design|ux writing",
        "Product & Design|Service Design|", "Product & Design|Product Analytics|",
        "Sales|Enterprise Sales|", "Sales|Negotiation|", "Sales|Salesforce|sfdc", "Sales|Account Management|", "Sales|Prospecting|",
        "Sales|Solution Selling|", "Sales|Pipeline Management|", "Sales|Sales Forecasting|", "Sales|Partnerships|",
        "Sales|RFP Writing|rfp", "Sales|Public Sector Sales|",
        "Marketing|SEO|search engine optimization", "Marketing|Content Marketing|", "Marketing|Copywriting|",
        "Marketing|Brand Strategy|", "Marketing|Social Media|", "Marketing|Marketing Automation|", "Marketing|Email Marketing|",
        "Marketing|Event Planning|", "Marketing|Public Relations|pr", "Marketing|Product Marketing|", "Marketing|Paid Acquisition|ppc,paid ads",
        "Customer|Customer Onboarding|", "Customer|Technical Support|", "Customer|Zendesk|", "Customer|Customer Journey Mapping|",
        "Customer|Churn Reduction|", "Customer|Escalation Management|", "Customer|Knowledge Base Writing|", "Customer|Customer Training|",
        "Customer|Implementation|",
        "Finance|Financial Modeling|", "Finance|Budgeting|", "Finance|Accounting|bookkeeping", "Finance|Excel|spreadsheets",
        "Finance|IFRS|", "Finance|Tax Planning|", "Finance|Procurement|", "Finance|FP&A|financial planning and analysis",
        "Finance|Treasury|", "Finance|Audit|",
        "People|Recruiting|recruitment,hiring", "People|Interviewing|", "People|Coaching|", "People|Mentoring|",
        "People|Compensation Design|comp", "People|Employee Relations|", "People|Learning Design|instructional design",
        "People|People Analytics|hr analytics", "People|Organisational Design|org design", "People|Diversity & Inclusion|dei,d&i",
        "Legal|Contract Negotiation|", "Legal|GDPR|", "Legal|Privacy Law|", "Legal|Compliance|", "Legal|Intellectual Property|ip law",
        "Legal|Employment Law|", "Legal|Regulatory Affairs|",
        "Operations|Project Management|pm", "Operations|Agile|scrum", "Operations|Lean|", "Operations|Process Improvement|six sigma",
        "Operations|Vendor Management|", "Operations|IT Support|helpdesk", "Operations|Jira|", "Operations|Change Management|",
        "Operations|Supply Chain|",
        "Leadership|Public Speaking|", "Leadership|Facilitation|", "Leadership|Stakeholder Management|", "Leadership|Team Leadership|",
        "Leadership|Strategic Thinking|strategy", "Leadership|Written Communication|", "Leadership|Storytelling|",
        "Leadership|Conflict Resolution|", "Leadership|Decision Making|",
    ]);

    public static readonly string[] Interests =
    [
        "Running", "Cycling", "Climbing", "Hiking", "Yoga", "Swimming", "Football", "Basketball", "Tennis", "Padel",
        "Surfing", "Skiing", "Chess", "Board Games", "Video Games", "Photography", "Painting", "Drawing", "Pottery",
        "Knitting", "Cooking", "Baking", "Coffee", "Tea", "Wine", "Craft Beer", "Gardening", "Reading", "Science Fiction",
        "Poetry", "Writing", "Podcasts", "Film", "Theatre", "Jazz", "Classical Music", "Guitar", "Piano", "Singing", "DJing",
        "Dancing", "Salsa", "Travel", "Language Learning", "Volunteering", "Parenting", "Dogs", "Cats", "Birdwatching",
        "Astronomy", "Sustainability", "Meditation", "Martial Arts", "Triathlon", "Sailing", "Camping", "Woodworking",
        "3D Printing", "Robotics", "Puzzles", "Trivia", "Karaoke", "Anime", "Formula 1",
    ];

    public static readonly string[] TeamNames =
    [
        "Aurora", "Beacon", "Cobalt", "Delta", "Ember", "Falcon", "Glacier", "Harbor", "Indigo", "Juniper", "Kestrel",
        "Lighthouse", "Meridian", "Nebula", "Orbit", "Phoenix", "Quartz", "Raven", "Summit", "Tidal", "Umber", "Vortex",
        "Willow", "Zephyr", "Atlas", "Bison", "Comet", "Dune", "Echo", "Fjord", "Granite", "Horizon", "Iris", "Jade", "Kite",
        "Lotus", "Mosaic", "Nova", "Onyx", "Pulse", "Quill", "Ridge", "Sequoia", "Tundra", "Unity", "Vertex", "Wave",
        "Yarrow", "Zenith", "Anchor", "Bridge", "Canyon", "Drift", "Everest", "Flux", "Grove", "Helix", "Ion", "Jetstream",
        "Keystone", "Lumen", "Magnet", "Nimbus", "Oasis", "Prism", "Quest", "Rocket", "Sierra", "Tango", "Vista", "Wren",
        "Xenon", "Yeti", "Zest",
    ];

    public static readonly string[] OfferTemplates =
    [
        "I can help with {0}", "Happy to pair on {0} problems", "Ask me anything about {0}",
        "I can review your {0} work", "I run informal {0} sessions — drop by", "Glad to share what I know about {0}",
    ];

    public static readonly string[] AskTemplates =
    [
        "I'm looking for someone to help me learn {0}", "Looking for a mentor in {0}", "Who can give me feedback on my {0}?",
        "I'd love to shadow someone strong in {0}", "Looking for a study buddy for {0}",
    ];

    static DemoSkill[] Parse(string[] rows)
    {
        var skills = new DemoSkill[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var parts = rows[i].Split('|');
            skills[i] = new DemoSkill(parts[1], parts[0],
                parts[2].Length == 0 ? [] : parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries));
        }
        return skills;
    }
}
