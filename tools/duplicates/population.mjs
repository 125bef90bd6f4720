// A generated population for benchmarks: people from the communities most often referred, with
// given and family names drawn from short lists as in life and a last name element drawn from many,
// so most people share a name with few others. Seeded, so runs that share a seed draw the same people.
export const COMMUNITIES = [
  {
    nationality: 'EG',
    given: [
      'Mohamed',
      'Ahmed',
      'Mahmoud',
      'Mostafa',
      'Ali',
      'Hassan',
      'Omar',
      'Youssef',
      'Fatma',
      'Mona',
      'Heba',
      'Aya',
    ],
    family: [
      'Abdelrahman',
      'Ibrahim',
      'Saleh',
      'Hussein',
      'Abdallah',
      'Mansour',
      'Fathy',
      'Shaker',
      'Gaber',
      'Farouk',
    ],
  },
  {
    nationality: 'IN',
    given: [
      'Mohammed',
      'Abdul',
      'Ravi',
      'Suresh',
      'Ramesh',
      'Priya',
      'Lakshmi',
      'Anil',
      'Joseph',
      'Thomas',
      'Mary',
      'Rani',
    ],
    family: ['Khan', 'Kumar', 'Nair', 'Pillai', 'Reddy', 'Shaikh', 'Ansari', 'Varghese', 'Das', 'Singh'],
  },
  {
    nationality: 'PH',
    given: [
      'Maria',
      'Ana',
      'Rosa',
      'Jennifer',
      'Michelle',
      'Jose',
      'Juan',
      'Mark',
      'Grace',
      'Joy',
      'Rowena',
      'Liza',
    ],
    family: [
      'Santos',
      'Reyes',
      'Cruz',
      'Garcia',
      'Bautista',
      'Mendoza',
      'Aquino',
      'Ramos',
      'Villanueva',
      'Castillo',
    ],
  },
  {
    nationality: 'NP',
    given: ['Ram', 'Sita', 'Gita', 'Krishna', 'Hari', 'Bishnu', 'Maya', 'Kamala', 'Dil', 'Man'],
    family: ['Thapa', 'Gurung', 'Tamang', 'Rai', 'Magar', 'Shrestha', 'Limbu', 'Sherpa', 'Bahadur', 'Karki'],
  },
  {
    nationality: 'ET',
    given: ['Abebe', 'Almaz', 'Tigist', 'Meseret', 'Hanna', 'Selam', 'Kebede', 'Tesfaye', 'Girma', 'Mulu'],
    family: [
      'Kebede',
      'Tesfaye',
      'Haile',
      'Girma',
      'Alemu',
      'Bekele',
      'Tadesse',
      'Mulugeta',
      'Getachew',
      'Worku',
    ],
  },
  {
    nationality: 'LK',
    given: [
      'Kumari',
      'Nadeesha',
      'Dilani',
      'Chamari',
      'Sunil',
      'Nimal',
      'Priyanka',
      'Sandya',
      'Ruwan',
      'Malini',
    ],
    family: [
      'Perera',
      'Fernando',
      'Silva',
      'Jayasinghe',
      'Wickramasinghe',
      'Bandara',
      'Dissanayake',
      'Kumara',
      'Herath',
      'Rajapaksa',
    ],
  },
];

// Given names come from short lists, as in life; the last element is one of many (grandfathers'
// and family names vary far more), so most people have a name few others share.
const SYLLABLES = [
  'ka',
  'ri',
  'man',
  'so',
  'tu',
  'ne',
  'bra',
  'hil',
  'do',
  'mer',
  'van',
  'ji',
  'lo',
  'pet',
  'ush',
  'ran',
];
/** `person()` draws one person with `random` (a seeded generator from seeded-random.mjs). */
export function populationOf(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const rareName = () => {
    const name = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return name[0].toUpperCase() + name.slice(1);
  };

  function person() {
    const c = pick(COMMUNITIES);
    const latin = `${pick(c.given)} ${pick(c.family)} ${rareName()}`;
    const year = 1965 + Math.floor(random() * 40);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return {
      // Latin names only: a generated Arabic rendering would not be the same name's.
      names: { latin },
      dateOfBirth:
        random() < 0.8
          ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
          : undefined,
      estimatedAge: undefined,
      sex: random() < 0.6 ? 'female' : 'male',
      nationalities: [c.nationality],
      documents:
        random() < 0.5
          ? [{ type: 'passport', number: `P${Math.floor(random() * 1e8)}`, issuingCountry: c.nationality }]
          : [],
    };
  }
  return { person, pick };
}
