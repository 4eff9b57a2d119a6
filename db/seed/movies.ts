/** Demo catalogue: every title, synopsis and credit is invented. */

export const genreNames = [
  "Action",
  "Adventure",
  "Animation",
  "Comedy",
  "Crime",
  "Documentary",
  "Drama",
  "Family",
  "Fantasy",
  "Horror",
  "Musical",
  "Romance",
  "Science Fiction",
  "Thriller",
] as const;

export const categoryData = [
  {
    name: "Family favourites",
    description: "Films the whole family can enjoy together, from the smallest fans to the grandparents.",
  },
  {
    name: "Award contenders",
    description: "The performances and films the critics expect to be talking about come awards season.",
  },
  {
    name: "Late-night thrills",
    description: "Tense, dark and occasionally terrifying picks best seen after sundown.",
  },
  {
    name: "Big-screen spectacles",
    description: "Sound and vision made for our largest screens, IMAX and Dolby Cinema included.",
  },
  {
    name: "Independent picks",
    description: "Smaller films with big ideas, chosen by our programming team.",
  },
  {
    name: "Classics revisited",
    description: "Restored favourites back where they belong: on the big screen.",
  },
] as const;

export type Certificate = "U" | "PG" | "12A" | "15" | "18";

/**
 * When the film opens relative to the seeding date: `now` films opened `week` Fridays ago (0 = the
 * latest Friday), `soon` films open `week` Fridays ahead, `archived` ones left cinemas long ago.
 */
export type MovieData = {
  title: string;
  synopsis: string;
  runtime: number;
  certificate: Certificate;
  language: string;
  genres: string[];
  categories: string[];
  status: "now" | "soon" | "archived";
  week: number;
};

export const movieData: MovieData[] = [
  {
    title: "The Salt Cartographer",
    synopsis:
      "In 1820s Cornwall, a disgraced mapmaker is hired to chart a stretch of coast the Admiralty swears does not exist. The further she sails, the more the tides seem to rewrite her maps overnight. A sweeping, salt-crusted adventure about the stubbornness it takes to see the world as it is.",
    runtime: 138,
    certificate: "12A",
    language: "en",
    genres: ["Adventure", "Drama"],
    categories: ["Award contenders"],
    status: "now",
    week: 0,
  },
  {
    title: "Orbitfall",
    synopsis:
      "When a decommissioned space station begins a slow, unstoppable descent toward the North Atlantic, the only crew able to reach it is the one that was fired for abandoning it. Twelve hours, one shuttle and a lot of unfinished arguments.",
    runtime: 148,
    certificate: "12A",
    language: "en",
    genres: ["Science Fiction", "Action"],
    categories: ["Big-screen spectacles"],
    status: "now",
    week: 0,
  },
  {
    title: "The Biscuit Heist",
    synopsis:
      "A gang of retired circus mice plans one last job: the royal biscuit tin at a stately home. Their inside man is a nervous hamster who has never broken a single rule. Cue trapdoors, tea trolleys and a very suspicious cat.",
    runtime: 88,
    certificate: "U",
    language: "en",
    genres: ["Animation", "Family", "Comedy"],
    categories: ["Family favourites"],
    status: "now",
    week: 0,
  },
  {
    title: "Hollowmere",
    synopsis:
      "A sound recordist spends a week capturing the silence of a drowned Fenland village for a nature documentary. On playback, the silence has voices in it, and they know her name.",
    runtime: 99,
    certificate: "18",
    language: "en",
    genres: ["Horror"],
    categories: ["Late-night thrills"],
    status: "now",
    week: 1,
  },
  {
    title: "Neon Harbour",
    synopsis:
      "A night-shift harbour pilot in Glasgow guides a cargo ship that turns out to be carrying nothing at all, or so the paperwork says. Pulled between a loan shark, a customs officer and her own brother, she has until the morning tide to decide whose side she is on.",
    runtime: 124,
    certificate: "15",
    language: "en",
    genres: ["Crime", "Thriller"],
    categories: ["Late-night thrills"],
    status: "now",
    week: 1,
  },
  {
    title: "The Night Postman",
    synopsis:
      "In a mountain town where letters to the dead are delivered after midnight, a shy apprentice takes over the round from her ailing grandfather. Each envelope opens a door into someone's memory. Hand-drawn, funny and quietly heartbreaking.",
    runtime: 104,
    certificate: "PG",
    language: "ja",
    genres: ["Animation", "Fantasy", "Family"],
    categories: ["Family favourites", "Award contenders"],
    status: "now",
    week: 1,
  },
  {
    title: "Mrs Pennywhistle's Marvellous Moving Shop",
    synopsis:
      "Every morning Mrs Pennywhistle's toyshop is on a different street, and sometimes in a different century. When two siblings accidentally lock her out of it, they have one day to steer the shop home before it lands somewhere it can never leave.",
    runtime: 96,
    certificate: "U",
    language: "en",
    genres: ["Family", "Fantasy", "Comedy"],
    categories: ["Family favourites"],
    status: "now",
    week: 2,
  },
  {
    title: "The Quiet Acre",
    synopsis:
      "Three sisters return to their late father's smallholding in the Welsh borders to sell it, and find that he left the land to the neighbour he feuded with for thirty years. Over one long harvest, grudges are aired, lambs are born and a family learns to share what it cannot divide.",
    runtime: 112,
    certificate: "12A",
    language: "en",
    genres: ["Drama"],
    categories: ["Independent picks", "Award contenders"],
    status: "now",
    week: 2,
  },
  {
    title: "Second Serve",
    synopsis:
      "A former tennis prodigy, now coaching pensioners at a municipal club, is talked into a mixed-doubles tournament by the one player who never stopped believing in her. He is seventy-two. She is terrified. Neither is prepared for the rival pair from the posh club across the river.",
    runtime: 107,
    certificate: "12A",
    language: "en",
    genres: ["Comedy", "Romance"],
    categories: [],
    status: "now",
    week: 2,
  },
  {
    title: "Les Heures bleues",
    synopsis:
      "A night-train conductor and a violinist meet on the Paris to Nice sleeper every Thursday for a year without ever exchanging names. When the line is scheduled for closure, both must decide whether the stranger they know best is worth stepping off the train for.",
    runtime: 118,
    certificate: "15",
    language: "fr",
    genres: ["Romance", "Drama"],
    categories: ["Independent picks"],
    status: "now",
    week: 3,
  },
  {
    title: "Ironwood Pass",
    synopsis:
      "Snowbound in a Highland lodge with a wounded stranger and a bag of stolen money, a ranger must decide who is telling the truth before the men who want the money dig their way through. A taut, bruising survival story where the weather is the least of anyone's problems.",
    runtime: 131,
    certificate: "15",
    language: "en",
    genres: ["Action", "Thriller"],
    categories: ["Late-night thrills"],
    status: "now",
    week: 3,
  },
  {
    title: "The Gravity of Small Things",
    synopsis:
      "An astrophysicist who has spent her life measuring distant galaxies loses her sense of balance, literally, after a minor stroke. Learning to walk again with the help of her teenage grandson, she discovers that the most difficult distances are the short ones.",
    runtime: 121,
    certificate: "12A",
    language: "en",
    genres: ["Drama", "Science Fiction"],
    categories: ["Award contenders"],
    status: "now",
    week: 3,
  },
  {
    title: "Tidewater",
    synopsis:
      "A marine insurance investigator is sent to a Norfolk fishing village to sign off on a trawler lost with all hands. Everyone has the same story, word for word, and that is precisely what worries him.",
    runtime: 116,
    certificate: "15",
    language: "en",
    genres: ["Thriller", "Crime"],
    categories: [],
    status: "now",
    week: 4,
  },
  {
    title: "El último verano de Lucía",
    synopsis:
      "Lucía is eighty-one, recently widowed and determined to spend one last summer at the Andalusian beach hostel she ran for half a century, even though her children have already sold it. The new owners, a pair of hapless surfers from Madrid, have no idea what they are in for.",
    runtime: 109,
    certificate: "12A",
    language: "es",
    genres: ["Comedy", "Drama"],
    categories: ["Independent picks"],
    status: "now",
    week: 4,
  },
  {
    title: "Kingdom of Ash and Amber",
    synopsis:
      "After the volcano that powers their kingdom falls silent, a blacksmith's daughter and an exiled prince cross a continent of fire-scarred forests to wake it again. Dragons are rumoured. Betrayals are guaranteed. The most ambitious British fantasy epic in a generation, made for the biggest screen you can find.",
    runtime: 162,
    certificate: "12A",
    language: "en",
    genres: ["Fantasy", "Adventure", "Action"],
    categories: ["Big-screen spectacles"],
    status: "now",
    week: 4,
  },
  {
    title: "Midnight at the Majestic",
    synopsis:
      "On the last night before a grand old picture house is demolished, its projectionist, an usherette and a critic are locked in with a body in the circle. Everyone had a motive, and the film keeps rolling. A nimble whodunnit with a love letter to cinema in every reel.",
    runtime: 105,
    certificate: "12A",
    language: "en",
    genres: ["Crime", "Comedy"],
    categories: [],
    status: "now",
    week: 5,
  },
  {
    title: "Stray Signals",
    synopsis:
      "A radio ham in the Outer Hebrides picks up a distress call from a ship that sank in 1963. The next night, the caller answers back. Unsettling, intimate science fiction told almost entirely through headphones.",
    runtime: 113,
    certificate: "15",
    language: "en",
    genres: ["Science Fiction", "Thriller"],
    categories: ["Late-night thrills", "Independent picks"],
    status: "now",
    week: 5,
  },
  {
    title: "Rooftop Choir",
    synopsis:
      "Filmed over three years, this documentary follows a choir of bus drivers, nurses and night cleaners who rehearse on a Birmingham car-park roof because it is the only space they can afford. Their goal: to sing at the Royal Albert Hall before the car park is torn down.",
    runtime: 92,
    certificate: "PG",
    language: "en",
    genres: ["Documentary", "Musical"],
    categories: ["Independent picks"],
    status: "now",
    week: 5,
  },
  {
    title: "The Last Train to Mokpo",
    synopsis:
      "A disgraced detective escorting a witness on the overnight train from Seoul realises that half the passengers are there to make sure the witness never arrives. Carriage by carriage, fight by fight, the train keeps heading south.",
    runtime: 127,
    certificate: "15",
    language: "ko",
    genres: ["Action", "Thriller"],
    categories: ["Late-night thrills"],
    status: "now",
    week: 6,
  },
  {
    title: "Dil Ki Raahein",
    synopsis:
      "Two wedding planners from rival families in Jaipur are forced to work together on the biggest wedding of the season, and fall for each other somewhere between the sangeet and the baraat. Lavish songs, gorgeous colour and a third act that brings the house down.",
    runtime: 168,
    certificate: "12A",
    language: "hi",
    genres: ["Romance", "Musical", "Comedy"],
    categories: [],
    status: "now",
    week: 6,
  },
  {
    title: "Foxglove Lane",
    synopsis:
      "A young couple buy their first home on a cul-de-sac where the neighbours are unusually keen to help with the garden. Too keen. A sly suburban horror that will make you look twice at a well-kept hedge.",
    runtime: 101,
    certificate: "15",
    language: "en",
    genres: ["Horror", "Thriller"],
    categories: ["Late-night thrills"],
    status: "now",
    week: 6,
  },
  {
    title: "Curtain Call for Agnes Bell",
    synopsis:
      "Agnes Bell has understudied the lead in a long-running West End musical for twenty-two years without ever going on. On the night the star loses her voice, Agnes finally gets her chance, and so does every regret she has buried along the way.",
    runtime: 110,
    certificate: "12A",
    language: "en",
    genres: ["Comedy", "Drama", "Musical"],
    categories: ["Award contenders"],
    status: "now",
    week: 7,
  },
  {
    title: "Starling Squadron",
    synopsis:
      "A young starling who cannot fly in formation joins a misfit flock on the longest migration of the year. Stunning aerial animation and a soundtrack you will be humming for weeks.",
    runtime: 91,
    certificate: "U",
    language: "en",
    genres: ["Animation", "Family", "Adventure"],
    categories: ["Family favourites"],
    status: "now",
    week: 7,
  },
  {
    title: "Beneath the Deep Field",
    synopsis:
      "A deep-sea mining crew drilling beneath the Pacific floor breaks into a vast cavern with its own weather, its own light and something that has been waiting. The spectacle is colossal; the questions it leaves are even bigger.",
    runtime: 141,
    certificate: "12A",
    language: "en",
    genres: ["Science Fiction", "Adventure"],
    categories: ["Big-screen spectacles"],
    status: "now",
    week: 7,
  },
  {
    title: "A Winter in Portmerrow",
    synopsis:
      "A London chef takes a seasonal job in a Cornish harbour town to escape a public failure, only to find the café she is running has been the heart of the village for sixty years. Warm, funny and made for a cold evening.",
    runtime: 114,
    certificate: "PG",
    language: "en",
    genres: ["Romance", "Drama"],
    categories: [],
    status: "now",
    week: 8,
  },
  {
    title: "The Carousel Murders",
    synopsis:
      "Victorian Brighton, 1889. A series of deaths on the pier leads a police surgeon and a music-hall magician to a conspiracy that reaches into the town's grandest hotels. Gaslit, twisty and handsomely mounted.",
    runtime: 119,
    certificate: "15",
    language: "en",
    genres: ["Crime", "Thriller"],
    categories: [],
    status: "now",
    week: 8,
  },
  {
    title: "Thunderclap Kids",
    synopsis:
      "Four children discover that the thunderstorm that knocked out their town's power also gave each of them one small, extremely inconvenient superpower. Saving the summer fair has never been so chaotic.",
    runtime: 97,
    certificate: "PG",
    language: "en",
    genres: ["Family", "Comedy", "Action"],
    categories: ["Family favourites"],
    status: "now",
    week: 8,
  },
  {
    title: "The Glass Orchard",
    synopsis:
      "Newly restored in 4K for its fiftieth anniversary, the celebrated 1976 fable about a widowed gardener whose apple trees begin to bear fruit made of glass. Its dreamlike images and haunting score look and sound better than ever.",
    runtime: 126,
    certificate: "PG",
    language: "en",
    genres: ["Drama", "Fantasy"],
    categories: ["Classics revisited"],
    status: "now",
    week: 9,
  },
  {
    title: "Velocity Nine",
    synopsis:
      "A getaway driver who swore she was out is blackmailed into one last run: nine cities, nine nights, one car that must never stop. Practical stunts, roaring engines and a finale on the Millau Viaduct.",
    runtime: 128,
    certificate: "15",
    language: "en",
    genres: ["Action", "Thriller"],
    categories: ["Big-screen spectacles"],
    status: "now",
    week: 9,
  },
  {
    title: "What the Lighthouse Heard",
    synopsis:
      "A retired lighthouse keeper agrees to one interview about the night a ferry vanished within sight of his lamp. Told across three timelines, this quiet puzzle of a film rewards patience with a final scene that lingers for days.",
    runtime: 115,
    certificate: "12A",
    language: "en",
    genres: ["Drama", "Thriller"],
    categories: ["Independent picks"],
    status: "now",
    week: 9,
  },
  {
    title: "Grandpa Goes Galactic",
    synopsis:
      "When Grandpa Ted accidentally wins a seat on a space tourism flight, his grandchildren stow away to keep him out of trouble. It does not work. A big-hearted animated romp from the Moon to the rings of Saturn.",
    runtime: 93,
    certificate: "U",
    language: "en",
    genres: ["Animation", "Family", "Science Fiction"],
    categories: ["Family favourites"],
    status: "now",
    week: 3,
  },
  {
    title: "The Ember Crown",
    synopsis:
      "The heir to a kingdom of fire discovers the crown she is about to inherit was stolen from a people her ancestors erased from history. She sets out to give it back, with an army on her heels. A towering fantasy made for the largest screens.",
    runtime: 155,
    certificate: "12A",
    language: "en",
    genres: ["Fantasy", "Adventure", "Action"],
    categories: ["Big-screen spectacles"],
    status: "soon",
    week: 1,
  },
  {
    title: "Sundown Express",
    synopsis:
      "An armoured train carrying a nation's gold reserve crosses a desert with a skeleton crew and a stowaway who claims to have been sent to stop a robbery. Nobody believes her until the bridge ahead explodes.",
    runtime: 122,
    certificate: "15",
    language: "en",
    genres: ["Action", "Thriller"],
    categories: [],
    status: "soon",
    week: 1,
  },
  {
    title: "Pip and the Paper Moon",
    synopsis:
      "Pip, a paper bird folded from an old bedtime story, must fly across a rain-soaked city to return the moon to the night sky before morning. A gentle, gorgeous animation for the youngest cinemagoers.",
    runtime: 86,
    certificate: "U",
    language: "en",
    genres: ["Animation", "Family", "Fantasy"],
    categories: ["Family favourites"],
    status: "soon",
    week: 2,
  },
  {
    title: "La Maison des oubliés",
    synopsis:
      "A care worker takes a night post at a remote home for elderly residents in the Vosges, where every patient insists they are waiting for someone who never comes. Then, at three in the morning, someone does.",
    runtime: 103,
    certificate: "15",
    language: "fr",
    genres: ["Horror", "Drama"],
    categories: ["Late-night thrills"],
    status: "soon",
    week: 3,
  },
  {
    title: "Long Way to Lisbon",
    synopsis:
      "Stranded by a volcanic ash cloud, a divorced couple on their way to their daughter's wedding in Portugal are forced to share a hire car across Europe. Twelve hundred miles, one playlist, no shortcuts.",
    runtime: 111,
    certificate: "12A",
    language: "en",
    genres: ["Comedy", "Romance"],
    categories: [],
    status: "soon",
    week: 4,
  },
  {
    title: "Substrata",
    synopsis:
      "Geologists surveying an abandoned Yorkshire coal mine for a carbon-storage project find the tunnels are longer than any map says, and getting longer. Claustrophobic, relentless and not for the faint-hearted.",
    runtime: 117,
    certificate: "18",
    language: "en",
    genres: ["Horror", "Science Fiction"],
    categories: ["Late-night thrills"],
    status: "soon",
    week: 5,
  },
  {
    title: "The Honest Forger",
    synopsis:
      "The true-crime-inspired story of a Leeds art restorer who spent four decades painting fake Old Masters and then, in a single afternoon, confessed to all of them. Charming, slippery and superbly acted.",
    runtime: 133,
    certificate: "12A",
    language: "en",
    genres: ["Crime", "Drama"],
    categories: ["Award contenders"],
    status: "soon",
    week: 6,
  },
  {
    title: "Riverwild",
    synopsis:
      "Three cousins and a borrowed canoe set off to paddle the length of the River Severn in a single summer holiday. Otters, rapids and at least one catastrophic picnic await.",
    runtime: 99,
    certificate: "PG",
    language: "en",
    genres: ["Family", "Adventure"],
    categories: ["Family favourites"],
    status: "soon",
    week: 8,
  },
  {
    title: "Clockwork Summer",
    synopsis:
      "A watchmaker's apprentice in 1950s Clerkenwell falls for the customer who keeps bringing in the same broken watch. A tender, funny period romance.",
    runtime: 108,
    certificate: "12A",
    language: "en",
    genres: ["Drama", "Comedy"],
    categories: [],
    status: "archived",
    week: 40,
  },
  {
    title: "Harbinger Road",
    synopsis:
      "A lorry driver on a night run across the Pennines keeps passing the same hitchhiker, mile after mile, in the same rain. A lean, nasty chiller that made audiences check their mirrors on the way home.",
    runtime: 95,
    certificate: "18",
    language: "en",
    genres: ["Horror", "Thriller"],
    categories: ["Late-night thrills"],
    status: "archived",
    week: 32,
  },
  {
    title: "The Velvet Alibi",
    synopsis:
      "A jazz singer accused of murder has the perfect alibi: she was on stage in front of four hundred people. The trouble is that none of them can remember the song. A stylish, witty crime caper.",
    runtime: 102,
    certificate: "15",
    language: "en",
    genres: ["Crime", "Comedy"],
    categories: [],
    status: "archived",
    week: 52,
  },
];
