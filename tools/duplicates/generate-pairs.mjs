// node tools/duplicates/generate-pairs.mjs
// Writes apps/intake/test-data/duplicate-pairs.json: labelled pairs of person records for measuring
// duplicate detection ("same" person or "different" people), by category and community.
//
// No real person: every name is a combination of common given and family names from the tables
// below, every date is drawn at random and every document number is random digits in its country's
// usual format. The generator is deterministic (a seeded PRNG, no dependencies): running it again
// writes the same file. It checks what it writes and throws when a check fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './seeded-random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUTPUT = 'apps/intake/test-data/duplicate-pairs.json';
const GENERATED_BY = 'tools/duplicates/generate-pairs.mjs';
const SEED = 20260417;

const COMMUNITIES = [
  'gulf-arabic',
  'egyptian',
  'syrian',
  'south-asian',
  'filipino',
  'ethiopian',
  'sri-lankan',
  'nepali',
];
/** How many pairs of each category, and the communities they are spread over. */
const PLAN = {
  same: {
    script: 24,
    transliteration: 24,
    'name-order': 20,
    'name-element': 24,
    'date-swap': 20,
    'year-only': 20,
    typo: 24,
    'shared-document': 20,
  },
  different: {
    'skeleton-collision': 35,
    'common-name': 35,
    siblings: 32,
    'father-son': 32,
    // A Filipino name shared with another nationality is too rare in Kuwait to be a realistic pair.
    'other-documents': 35,
  },
};
const MINIMUM = { same: 18, different: 25, total: 320, perCommunityAndLabel: 15 };
const REFERRED_FROM = '2025-01-01';
const REFERRED_TO = '2026-11-30';

// ---------------------------------------------------------------------------------------------------
// Seeded randomness

const random = mulberry32(SEED);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];
const digits = (n) => Array.from({ length: n }, () => String(int(0, 9))).join('');
const letter = () => pick([...'ABCDEFGHJKLMNPRSTUVWXYZ']);
function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Dates (YYYY-MM-DD strings, computed in UTC)

const DAY = 86_400_000;
const pad = (n, width = 2) => String(n).padStart(width, '0');
const toTime = (date) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time) => new Date(time).toISOString().slice(0, 10);
const addDays = (date, n) => fromTime(toTime(date) + n * DAY);
const daysBetween = (from, to) => Math.round((toTime(to) - toTime(from)) / DAY);
function addYears(date, n) {
  const [y, m, d] = date.split('-').map(Number);
  return `${y + n}-${pad(m)}-${pad(m === 2 && d === 29 ? 28 : d)}`;
}
/** Age in whole years on `on` of someone born on `dob`. */
function ageAt(dob, on) {
  const [y1, m1, d1] = dob.split('-').map(Number);
  const [y2, m2, d2] = on.split('-').map(Number);
  return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}
const referralDate = () => addDays(REFERRED_FROM, int(0, daysBetween(REFERRED_FROM, REFERRED_TO)));
/** A date of birth that makes the person exactly `age` on `on`. */
function birthDateForAge(age, on) {
  const latest = addYears(on, -age);
  const earliest = addDays(addYears(on, -age - 1), 1);
  return addDays(earliest, int(0, daysBetween(earliest, latest)));
}
/** Ages of people referred: mostly young adults, some children and some older workers. */
function victimAge() {
  const [min, max] = pick([
    [15, 17],
    ...Array(5).fill([18, 24]),
    ...Array(8).fill([25, 34]),
    ...Array(4).fill([35, 44]),
    ...Array(2).fill([45, 56]),
  ]);
  return int(min, max);
}
const isCalendarDate = (date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && fromTime(toTime(date)) === date;

// ---------------------------------------------------------------------------------------------------
// Names: each line holds the Latin spellings of one name (any may be asked for; the others are its
// variants) and its Arabic form, as a Kuwaiti civil ID writes it. Spellings are unique across lines.

const NAME_TABLE = `
# Arabic names, men
Mohammed|Muhammad|Mohamed|Mohammad|Mohamad|Muhammed = محمد
Ahmad|Ahmed = أحمد
Mahmoud|Mahmood|Mahmud|Mehmood = محمود
Ali|Aly = علي
Hassan|Hasan = حسن
Hussein|Husain|Hussain|Husayn|Hossain|Hussien|Hossen = حسين
Abdullah|Abdallah|Abdulla = عبدالله
Abdulrahman|Abd al-Rahman|Abdelrahman|Abdul Rahman|Abdel Rahman|Abdur Rahman|Abdurrahman = عبد الرحمن
Abdulaziz|Abdel Aziz|Abd al-Aziz|Abdul Aziz|Abdelaziz = عبد العزيز
Abdel Fattah|Abdulfattah|Abd al-Fattah|Abdelfattah = عبد الفتاح
Abdel Hamid|Abdulhamid|Abdelhamid|Abd al-Hamid = عبد الحميد
Abdel Rahim|Abdulrahim|Abdelrahim = عبد الرحيم
Abdel Ghani|Abdulghani|Abdelghani = عبد الغني
Abdul Salam|Abdussalam|Abdulsalam|Abdel Salam = عبد السلام
Abdul Karim|Abdul Kareem|Abdulkarim|Abdel Karim|Abdul Korim = عبد الكريم
Khaled|Khalid = خالد
Fahad|Fahd = فهد
Saad|Sa'ad = سعد
Saud|Sa'ud|Saoud = سعود
Said|Saeed|Sa'id = سعيد
Sayed|Sayyed|Sayyid = سيد
El-Sayed|Elsayed|El Sayed|Al-Sayed = السيد
Mubarak|Mobarak = مبارك
Nasser|Naser|Nasir = ناصر
Nasr = نصر
Salem|Saalem = سالم
Salim|Saleem|Selim = سليم
Saleh|Salih = صالح
Yousef|Yusuf|Youssef|Yousif|Yusef = يوسف
Ibrahim|Ebrahim|Ibraheem = إبراهيم
Ismail|Ismael|Esmail = إسماعيل
Mustafa|Mostafa|Moustafa|Mustapha = مصطفى
Omar|Umar = عمر
Othman|Osman|Uthman|Usman = عثمان
Tariq|Tarek|Tareq = طارق
Walid|Waleed = وليد
Jamal|Gamal|Jemal|Jamaal = جمال
Jamil|Gamil|Jameel = جميل
Karim|Kareem = كريم
Karam = كرم
Khalil|Khaleel = خليل
Hamad = حمد
Hamid|Hamed|Hameed = حامد
Hamoud|Hamood = حمود
Adel|Adil = عادل
Ayman|Aiman = أيمن
Amin|Ameen = أمين
Bashar|Bachar = بشار
Bashir|Basheer = بشير
Majed|Majid = ماجد
Mansour|Mansoor|Mansur = منصور
Sultan = سلطان
Faisal|Faysal|Faisel = فيصل
Nawaf = نواف
Mishal|Meshal|Mishaal = مشعل
Bader|Badr = بدر
Hamza|Hamzah = حمزة
Anas = أنس
Ziad|Ziyad|Zeyad = زياد
Samir|Sameer = سمير
Hisham|Hesham = هشام
Sherif|Sharif = شريف
Mohsen|Muhsin = محسن
Ashraf = أشرف
Tamer|Tamir = تامر
Ramadan|Ramadhan = رمضان
Eid|Eed = عيد
Shehata|Shahata = شحاتة
Abdo|Abduh = عبده
Fathy|Fathi = فتحي
Ragab|Rajab = رجب
Atef|Atif = عاطف
Kamal = كمال
Helmy|Hilmi|Helmi = حلمي
Halim|Haleem = حليم
Islam = إسلام
Aslam = أسلم
Osama|Usama = أسامة
Emad|Imad = عماد
Reda|Rida|Ridha|Raza = رضا
Magdy|Majdi = مجدي
Hany|Hani = هاني
Soliman|Suleiman|Sulaiman|Sulayman = سليمان
Farag|Faraj = فرج
Salama|Salamah = سلامة
Morsi|Mursi|Morsy = مرسي
Zaki|Zaky = زكي
Fouad|Fuad = فؤاد
Gaber|Jaber|Jabir = جابر
Hegazy|Hegazi|Higazi|Hijazi = حجازي
Turki = تركي
Talal = طلال
Bandar = بندر
Mutlaq|Mutlag = مطلق
Dhaifallah|Daifallah = ضيف الله
Ayed|Aayed|Ayid = عايد
Hamdan = حمدان
Samer = سامر
Fadi = فادي
Rami = رامي
Nabil|Nabeel = نبيل
Issa|Eissa|Isa = عيسى
Mousa|Musa|Moussa = موسى
Munir|Mounir|Muneer = منير
Adnan = عدنان
Marwan = مروان
# Arabic names, women
Fatima|Fatma|Fatmah|Fatimah|Fatuma|Fatema|Fathima = فاطمة
Khadija|Khadeeja|Khadijah|Khadiga|Kedija|Kadija = خديجة
Aisha|Aysha|Ayesha|Aicha = عائشة
Maryam|Mariam|Meryem|Mariyam|Morium = مريم
Noura|Nora|Nura = نورة
Nour|Noor|Nur = نور
Amina|Aminah|Ameena = أمينة
Amna|Amnah|Aamna = آمنة
Huda|Hoda = هدى
Hadia|Hadiya = هادية
Rana = رنا
Rania|Ranya = رانيا
Samar = سمر
Samira|Sameera = سميرة
Mona|Muna = منى
Iman|Eman = إيمان
Hanaa|Hana'a = هناء
Hanan = حنان
Salma = سلمى
Layla|Leila|Laila|Leyla = ليلى
Zainab|Zaynab|Zeinab|Zeyneb = زينب
Asmaa|Asma = أسماء
Rasha = رشا
Reem|Rim = ريم
Dalal = دلال
Sara|Sarah = سارة
Heba|Hiba = هبة
Shaimaa|Shaima|Shaymaa = شيماء
Doaa|Duaa = دعاء
Nadia|Nadya = نادية
Husna|Husnah = حسنى
Hasina|Haseena = حسينة
Wafaa|Wafa = وفاء
Aziza|Azizah = عزيزة
Sabah = صباح
Ghada = غادة
Manar = منار
Nisreen|Nesreen|Nasreen|Nasrin = نسرين
Hessa|Hissa|Hessah = حصة
Lulwa|Lolwa = لولوة
Shaikha|Sheikha = شيخة
Munira|Mounira|Muneera = منيرة
Latifa|Latifah = لطيفة
Nouf|Nuf = نوف
Jawaher|Jawahir = جواهر
Hind = هند
Haya = هيا
Abeer|Abir = عبير
Aya|Ayah = آية
Samah = سماح
Nagwa|Najwa = نجوى
Amal = أمل
Marwa|Marwah = مروة
Rehab|Rihab = رحاب
Walaa|Wala'a = ولاء
Safaa|Safa = صفاء
Azza|Aza = عزة
Naglaa|Najlaa = نجلاء
Amira|Ameera = أميرة
Yasmin|Yasmine|Yasmeen = ياسمين
Razan = رزان
Dima = ديمة
Raghad = رغد
Bayan = بيان
Sidra = سدرة
# Gulf and Levantine family names
Al-Mutairi|Al Mutairi|Almutairi|Al-Mutari = المطيري
Al-Enezi|Al-Anezi|Al-Enazi|Alenezi|Al-Anazi = العنزي
Al-Ajmi|Al Ajmi|Alajmi = العجمي
Al-Rashidi|Al Rashidi|Alrashidi = الرشيدي
Al-Azmi|Al Azmi|Alazmi = العازمي
Al-Shammari|Al-Shemmari|Alshammari|Al-Shamari = الشمري
Al-Kandari|Alkandari|Al Kandari = الكندري
Al-Fadhli|Al-Fadli|Alfadhli = الفضلي
Al-Hajri|Al-Hajeri|Alhajri = الهاجري
Al-Dosari|Al-Dossari|Aldosari|Al-Dawsari = الدوسري
Al-Otaibi|Al-Otaiby|Alotaibi|Al-Utaybi = العتيبي
Al-Subaie|Al-Subaiei|Alsubaie|Al-Subai = السبيعي
Al-Qahtani|Al-Kahtani|Alqahtani = القحطاني
Al-Ghamdi|Alghamdi|Al Ghamdi = الغامدي
Al-Zahrani|Alzahrani|Al Zahrani = الزهراني
Al-Harbi|Alharbi|Al Harbi = الحربي
Al-Shehri|Alshehri|Al-Shahri = الشهري
Al-Malki|Almalki|Al-Maliki = المالكي
Al-Hassan|Al Hassan|Alhassan|Al-Hasan = الحسن
Al-Ali|Al Ali|Alali = العلي
Al-Khatib|Al-Khateeb|Alkhatib = الخطيب
Haddad|Hadad = حداد
Darwish|Darweesh|Derwich = درويش
Al-Halabi|Alhalabi|Halabi = الحلبي
Shaheen|Shahin|Chahine = شاهين
Kurdi|Kurdy = كردي
Al-Hamwi|Alhamwi|Hamwi = الحموي
Al-Hamoud|Al-Hammoud|Alhamoud = الحمود
Al-Ahmad|Alahmad|Al-Ahmed = الأحمد
Al-Issa|Al-Eissa|Alissa = العيسى
Al-Abdullah|Alabdullah|Al-Abdallah = العبدالله
Al-Saleh|Alsaleh|Al-Salih = الصالح
Al-Sheikh|Al-Shaikh|Alsheikh = الشيخ
Al-Homsi|Alhomsi|Homsi = الحمصي
Sabbagh|Sabagh = صباغ
Al-Hussein|Alhussein|Al-Hussain = الحسين
Al-Omar|Alomar|Al-Omer = العمر
Al-Khalil|Alkhalil = الخليل
Al-Najjar|Alnajjar|Al-Najar = النجار
El-Masry|El-Masri|Al-Masri|Almasri|Elmasry = المصري
El-Sharkawy|El-Sharqawi|Al-Sharqawi = الشرقاوي
# Pakistan, Bangladesh, India
Imran|Imraan = عمران
Shahid|Shahed = شاهد
Asif|Aasif = آصف
Bilal|Belal = بلال
Naveed|Navid = نويد
Waqas|Waqqas = وقاص
Zahid = زاهد
Sajid = ساجد
Abbas = عباس
Kashif = كاشف
Irfan = عرفان
Akhtar|Akhter|Akter|Aktar = أختر
Iqbal|Ikbal = إقبال
Javed|Jawed|Javaid = جاويد
Rafiq|Rafique|Rafik = رفيق
Nawaz = نواز
Khan = خان
Chaudhry|Chaudhary|Choudhry|Chaudhari = تشودري
Butt = بت
Qureshi|Qureshy|Quraishi = قريشي
Malik = مالك
Shameer|Shamir = شمير
Shafeeq|Shafiq|Shafique = شفيق
Rukhsana|Rukhsanah = رخسانة
Parveen|Perveen|Parvin = بروين
Bibi = بيبي
Kausar|Kauser|Kawsar|Kosar = كوثر
Shazia|Shaziya = شازية
Sajida|Sajeda = ساجدة
Shahida|Shaheeda = شاهدة
Samina|Sameena = ثمينة
Bushra|Bushrah = بشرى
Nusrat|Nusrath = نصرت
Rubina|Robina = روبينة
Tahira|Tahera = طاهرة
Sadia|Sadiya = سعدية
Fozia|Fouzia|Fauzia = فوزية
Rahima|Raheema|Rohima = رحيمة
Khatun|Khatoon = خاتون
Begum|Begam = بيغم
Shirin|Shireen = شيرين
Taslima|Tasleema = تسليمة
Rokeya|Rokaya|Ruqaya = رقية
Rahman|Rehman|Rahaman = رحمن
Habibur Rahman|Habibur Rohman|Habibur Rahaman = حبيب الرحمن
Mizanur Rahman|Mijanur Rahman = ميزان الرحمن
Rafiqul Islam|Rafikul Islam|Rofiqul Islam = رفيق الإسلام
Shahidul Islam|Shohidul Islam = شهيد الإسلام
Jahangir Alam|Jahangir Alom = جهانجير عالم
Kamrul Hasan|Kamrul Hassan|Komrul Hasan = قمر الحسن
Abul Hossain|Abul Hossen|Abul Hussain = أبو الحسين
Nurul Amin|Nurul Ameen = نور الأمين
Miah|Mia|Mian = ميا
Sarker|Sarkar = سركار
Sheikh|Shaikh|Shekh = شيخ
Talukder|Talukdar = تالوكدار
Mollah|Molla = ملا
Ramesh = راميش
Suresh = سوريش
Rajesh = راجيش
Anil = أنيل
Sunil = سونيل
Kumar = كومار
Mahesh = ماهيش
Dinesh = دينيش
Harish = هاريش
Harsh = هارش
Vijay|Vijai = فيجاي
Manoj = مانوج
Santhosh|Santosh = سانتوش
Prakash = براكاش
Sujit = سوجيت
Biju = بيجو
Yadav = ياداف
Nair = ناير
Pillai = بيلاي
Singh = سينغ
Sharma = شارما
Reddy|Reddi = ريدي
Das = داس
Rao = راو
Thomas = توماس
Joseph = جوزيف
Varghese|Verghese|Varghees = فارغيز
Mathew|Matthew = ماثيو
George = جورج
Abraham = أبراهام
Lakshmi|Laxmi|Luxmi = لاكشمي
Sunita|Suneeta = سونيتا
Devi = ديفي
Rekha = ريكها
Rakhi = راخي
Kamala = كامالا
Komal = كومال
Anitha|Anita = أنيتا
Sreeja|Shreeja = سريجا
Bindu = بيندو
Mini = ميني
Priya|Preeya = بريا
Geetha|Gita|Geeta = جيتا
Radha = رادها
Savitha|Savita = سافيتا
Shanthi|Shanti = شانتي
Mary = ماري
Soumya|Sowmya = سوميا
Divya = ديفيا
Rani = راني
Selvi = سيلفي
Kavitha|Kavita = كافيتا
Jyothi|Jyoti = جيوتي
Asha = آشا
Jincy|Jinsy = جينسي
# Philippines
Maria Cristina|Ma. Cristina|Maria Christina = ماريا كريستينا
Jennifer|Jenifer = جنيفر
Mary Joy|Maryjoy = ماري جوي
Rowena|Rowina = روينا
Marites|Maritess = ماريتس
Lorna = لورنا
Lorena = لورينا
Jocelyn|Joselyn|Jocelin = جوسلين
Analyn|Annalyn|Analin = أنالين
Rhea Mae|Rhea May|Ria Mae = ريا ماي
Jonalyn|Jonalin = جونالين
Maricel|Marisel|Maricell = ماريسيل
Gina = جينا
Jenny|Jeny = جيني
Carmen = كارمن
Carmina = كارمينا
Marilyn|Marylin|Merilyn = مارلين
Liezl|Liezel = ليزل
Grace = غريس
Angelica|Anjelica = أنجليكا
Evangeline|Evangelyn = إيفانجلين
Teresita|Theresita = تيريسيتا
Imelda = إيميلدا
Divina = ديفينا
Rosario = روزاريو
Maria = ماريا
Jose = خوسيه
Juan = خوان
Mark Anthony|Marc Anthony|Mark Antony = مارك أنتوني
John Paul|Jhon Paul|Jon Paul = جون بول
Rodel = روديل
Jerome = جيروم
Jeremy = جيريمي
Ronald = رونالد
Reynald = رينالد
Christian|Kristian|Cristian = كريستيان
Jayson|Jason|Jaison = جيسون
Marlon = مارلون
Rogelio = روخيليو
Eduardo = إدواردو
Arnel|Arnell = أرنيل
Roberto = روبرتو
Dennis|Denis = دينيس
Santos = سانتوس
Reyes = رييس
Cruz = كروز
Dela Cruz|De la Cruz|Delacruz = ديلا كروز
Bautista = باوتيستا
Garcia = غارسيا
Mendoza = مندوزا
Mendez = منديز
Villanueva|Villaneuva = فيلانويفا
Ramos = راموس
Aquino = أكينو
Castillo|Castilio = كاستيلو
Fernandez|Fernandes = فرنانديز
Navarro|Navaro = نافارو
Del Rosario|Delrosario = ديل روزاريو
Manalo = مانالو
Pascual = باسكوال
Soriano = سوريانو
Serrano = سيرانو
Tolentino = تولنتينو
Macaraeg|Makaraeg = ماكارايغ
Dimaculangan = ديماكولانغان
Cabrera = كابريرا
Gonzales|Gonzalez = غونزاليس
Lopez = لوبيز
Flores = فلوريس
Torres = توريس
Rivera = ريفيرا
Dizon = ديزون
Mercado = ميركادو
Salazar = سالازار
# Ethiopia and Eritrea
Tigist|Tigest = تيجيست
Meseret|Meserat = ميسرت
Hirut|Hiruth = هيروت
Almaz = ألماز
Tsehay|Tsehaye|Tsehai = تسهاي
Selamawit|Selamawite = سلاماويت
Mulu = مولو
Genet|Ganet = جينيت
Abebech = أبيبتش
Aster = أستر
Bethlehem|Betelhem|Bethelhem = بيتلحم
Hanna|Hana = حنا
Meron = ميرون
Frehiwot|Firehiwot = فريهيوت
Eden = إيدن
Kidist|Kidest = كيديست
Yeshi = ييشي
Tsige = تسيجي
Tsega = تسيجا
Senait|Senayt = سنايت
Birtukan = بيرتوكان
Mekdes|Mekdis = مكديس
Nuria|Nuriya = نورية
Zemzem|Zamzam = زمزم
Abebe = أبيبي
Kebede|Kebbede = كيبيدي
Tesfaye|Tesfay|Tesfaie = تسفاي
Dawit = داويت
Solomon = سولومون
Yohannes|Yohanes = يوهانس
Getachew|Getachow = جيتاتشو
Alemayehu|Alemayhu = أليمايهو
Mulugeta = مولوجيتا
Haile = هايلي
Hailu = هايلو
Girma = جيرما
Bekele|Bekelle = بيكيلي
Tadesse|Tadese|Taddese = تاديسي
Tadios = تاديوس
Worku|Werku = وركو
Mekonnen|Mekonen|Makonnen = ميكونين
Gebre|Gebere = جبري
Gebru = جبرو
Alem = أليم
Alemu = أليمو
Desta = ديستا
Negash = نيجاش
Asefa|Assefa = أسيفا
Ayele = أييلي
Lemma|Lema = ليما
Wolde|Welde = ولدي
Berhanu|Birhanu = برهانو
Abdi = عبدي
Kedir|Kadir = قادر
# Sri Lanka (Sinhala and Tamil)
Dilani = ديلاني
Dilini = ديليني
Nadeeka|Nadika = ناديكا
Dharshani|Darshani = دارشاني
Priyadarshani|Priyadharshani = بريادارشاني
Chandrika|Chandrica = تشاندريكا
Malkanthi|Malkanthie = مالكانثي
Kumudini = كوموديني
Sanduni|Sandhuni = ساندوني
Dilrukshi|Dilrukshie = ديلروكشي
Anoma = أنوما
Nirosha = نيروشا
Thilini|Tilini = ثيليني
Chathurika|Chaturika = تشاتوريكا
Sriyani|Shriyani = سرياني
Swarna = سوارنا
Kanchana = كانتشانا
Inoka = إينوكا
Iresha = إيريشا
Kumari|Kumary = كوماري
Priyanthi|Priyanthie = بريانثي
Nimali = نيمالي
Chamari = تشاماري
Sandya|Sandhya = سانديا
Lakmini = لاكميني
Nimal = نيمال
Sunil Shantha|Sunil Santha = سونيل شانثا
Chaminda = تشاميندا
Ruwan|Ruvan = روان
Lasantha = لاسانثا
Priyantha|Priyanta = بريانثا
Kumara = كومارا
Chamara = تشامارا
Saman = سامان
Suman = سومان
Nalin = نالين
Nilan = نيلان
Ajith|Ajit = أجيث
Pradeep|Pradip = براديب
Nuwan|Nuvan = نوان
Asanka = أسانكا
Sampath = سامباث
Perera = بيريرا
Fernando = فرناندو
Silva|De Silva = سيلفا
Bandara = باندارا
Jayasinghe|Jayasingha = جاياسينغي
Wijesinghe|Wijesinha|Wijesingha = ويجيسينغي
Herath = هيراث
Rathnayake|Ratnayake = راثناياكي
Dissanayake|Dissanayaka = ديساناياكي
Dassanayake = داساناياكي
Gunawardena|Gunawardana = جوناواردينا
Wickramasinghe|Wickremasinghe = ويكراماسينغي
Karunaratne|Karunarathna = كاروناراتني
Weerasinghe = ويراسينغي
Herath Mudiyanselage|H.M. = هيراث موديانسيلاجي
Rathnayake Mudiyanselage|R.M. = راثناياكي موديانسيلاجي
Kankanamge|K. = كانكانامجي
Liyanage|L. = ليياناجي
Selvarani = سيلفاراني
Thevaki|Devaki = ثيفاكي
Kalaivani = كالايفاني
Tharshini|Dharshini = ثارشيني
Jeyanthi|Jayanthi = جيانثي
Vasanthi|Vasanthy = فاسانثي
Sivakami = سيفاكامي
Pushpa = بوشبا
Nirmala = نيرمالا
Vani = فاني
Veni = فيني
Kokila = كوكيلا
Vijayakumar = فيجاياكومار
Sivakumar = سيفاكومار
Murugan = موروغان
Murugesu = موروجيسو
Kanagaratnam|Kanagarathnam = كاناجاراتنام
Sivapalan = سيفابالان
Selvarajah|Selvaraja = سيلفاراجا
Kandiah|Kandaiah = كاندايا
Thurairajah|Thurairaja = ثورايراجا
Ponnambalam|Ponnampalam = بونامبالام
Rasiah|Rasaiah = راسيا
Arumugam|Arumukam = أروموغام
Nadarajah|Nadaraja = ناداراجا
Yogarajah|Yogaraja = يوغاراجا
Sinnathamby|Sinnathambi = سيناثامبي
# Nepal
Sita = سيتا
Maya = مايا
Sabina|Sabeena = سابينا
Bimala = بيمالا
Sarita|Saritha = ساريتا
Pabitra|Pavitra = بابيترا
Radhika = راديكا
Mina|Meena = مينا
Shanta|Santa = شانتا
Hira = هيرا
Manju = مانجو
Rita = ريتا
Sushila|Susila = سوشيلا
Durga = دورغا
Januka = جانوكا
Ram = رام
Hari = هاري
Krishna|Krisna = كريشنا
Bishnu|Bisnu = بيشنو
Dil = ديل
Dal = دال
Man = مان
Min = مين
Binod|Vinod = بينود
Deepak|Dipak = ديباك
Bimal = بيمال
Gopal = غوبال
Tek = تيك
Bahadur|Bahadoor = بهادور
Prasad|Parsad = براساد
Raj = راج
Thapa = ثابا
Gurung|Gurong = غورونغ
Tamang = تامانغ
Rai = راي
Limbu = ليمبو
Magar = ماغار
Shrestha|Shresta|Srestha = شريستا
Sherpa = شيربا
Lama = لاما
Karki|Karkee = كاركي
Khadka|Khadga = خادكا
Adhikari|Adhikary = أديكاري
Poudel|Paudel|Paudyal = بوديل
Bhandari = بانداري
Basnet|Basnyat = باسنيت
Tharu = ثارو
Bishwokarma|Bishwakarma|Biswakarma = بيشواكارما
Pariyar = باريار
Ghimire|Ghimirey = غيميري
`;

const BY_SPELLING = new Map();
for (const line of NAME_TABLE.split('\n')) {
  const text = line.trim();
  if (!text || text.startsWith('#')) continue;
  const [latin, arabic] = text.split(' = ');
  const entry = { variants: latin.split('|'), arabic };
  for (const spelling of entry.variants) {
    if (BY_SPELLING.has(spelling)) throw new Error(`name table: '${spelling}' appears twice`);
    BY_SPELLING.set(spelling, entry);
  }
}

/** The name spelled `spelling`: that spelling first, its other spellings as variants. */
function tok(spelling) {
  const entry = BY_SPELLING.get(spelling);
  if (!entry) throw new Error(`name table: no '${spelling}'`);
  return { l: [spelling, ...entry.variants.filter((v) => v !== spelling)], a: entry.arabic, entry };
}
const special = (latin, arabic) => ({ l: latin, a: arabic, entry: { variants: latin, arabic } });
const MD = special(['Md.', 'Mohammad', 'Md', 'Mohammed'], 'محمد');
const MOST = special(['Most.', 'Mosammat', 'Mst.'], '');
const BIN = special(['bin'], 'بن');
const IBN = special(['ibn'], 'بن');
const BINT = special(['bint'], 'بنت');
const JR = special(['Jr.'], 'جونيور');
const sameName = (x, y) => x.entry === y.entry;

/** A part of a name chain: its role, its name, and the spelling or form one record gives it. */
const part = (role, spelling) => (spelling ? { role, t: tok(spelling) } : null);
const latinOf = (p) => p.latin ?? p.t.l[p.v ?? 0];
const arabicOf = (p) => p.arabic ?? p.t.a;
const clonePart = (p) => ({ ...p });
const latinName = (parts) => parts.map(latinOf).join(' ');

/** A spelling from `pool` that is none of the names in `avoid`. */
function other(pool, avoid = []) {
  const avoided = new Set(avoid.filter(Boolean).map((s) => BY_SPELLING.get(s)));
  const allowed = pool.filter((s) => !avoided.has(BY_SPELLING.get(s)));
  if (allowed.length === 0) throw new Error(`no name left in pool ${pool.slice(0, 3).join(', ')}`);
  return pick(allowed);
}

const GULF_M = [
  'Mohammed',
  'Ahmad',
  'Abdullah',
  'Abdulrahman',
  'Abdulaziz',
  'Khaled',
  'Fahad',
  'Saad',
  'Saud',
];
GULF_M.push('Mubarak', 'Nasser', 'Salem', 'Saleh', 'Sultan', 'Faisal', 'Nawaf', 'Mishal', 'Bader', 'Hamad');
GULF_M.push('Hamoud', 'Majed', 'Mansour', 'Yousef', 'Ali', 'Ibrahim', 'Omar', 'Turki', 'Talal', 'Bandar');
GULF_M.push('Mutlaq', 'Dhaifallah', 'Jaber', 'Ayed', 'Hamdan', 'Hussein', 'Hamid', 'Saeed');
const GULF_F = ['Noura', 'Fatima', 'Maryam', 'Aisha', 'Dalal', 'Hessa', 'Lulwa', 'Sara', 'Reem', 'Shaikha'];
GULF_F.push('Munira', 'Hanan', 'Asma', 'Amna', 'Latifa', 'Nouf', 'Jawaher', 'Hind', 'Haya', 'Abeer', 'Amina');
const KW_FAM = ['Al-Mutairi', 'Al-Enezi', 'Al-Ajmi', 'Al-Rashidi', 'Al-Azmi', 'Al-Shammari', 'Al-Kandari'];
KW_FAM.push('Al-Fadhli', 'Al-Hajri', 'Al-Dosari', 'Al-Otaibi', 'Al-Subaie');
const SA_FAM = ['Al-Qahtani', 'Al-Ghamdi', 'Al-Zahrani', 'Al-Harbi', 'Al-Otaibi', 'Al-Dosari', 'Al-Shammari'];
SA_FAM.push('Al-Mutairi', 'Al-Enezi', 'Al-Subaie', 'Al-Shehri', 'Al-Malki');
/** Tribes found on both sides of the border, so one name can carry either nationality. */
const SHARED_TRIBES = ['Al-Mutairi', 'Al-Enezi', 'Al-Shammari', 'Al-Otaibi', 'Al-Dosari', 'Al-Subaie'];
SHARED_TRIBES.push('Al-Rashidi', 'Al-Ajmi', 'Al-Hajri');

const EG_M = [
  'Mohamed',
  'Ahmed',
  'Mahmoud',
  'Mostafa',
  'Ali',
  'Hassan',
  'Hussein',
  'Ibrahim',
  'Abdel Rahman',
];
EG_M.push('Abdel Aziz', 'Abdel Fattah', 'Abdel Hamid', 'Khaled', 'Tarek', 'Walid', 'Gamal', 'Sayed', 'Eid');
EG_M.push('Ramadan', 'Shehata', 'Fathy', 'Ragab', 'Atef', 'Ashraf', 'Hesham', 'Sherif', 'Tamer', 'Mohsen');
EG_M.push('Osama', 'Youssef', 'Emad', 'Reda', 'Ayman', 'Magdy', 'Hany', 'Samir', 'Adel', 'Kamal', 'Soliman');
EG_M.push('Abdo', 'Islam', 'Hamed');
const EG_F = [
  'Fatma',
  'Khadiga',
  'Aya',
  'Mona',
  'Hoda',
  'Heba',
  'Shaimaa',
  'Doaa',
  'Asmaa',
  'Samah',
  'Nagwa',
];
EG_F.push('Nadia', 'Amal', 'Eman', 'Marwa', 'Rehab', 'Walaa', 'Sabah', 'Hanaa', 'Safaa', 'Azza', 'Ghada');
EG_F.push(
  'Abeer',
  'Naglaa',
  'Amira',
  'Yasmin',
  'Samar',
  'Samira',
  'Rania',
  'Hanan',
  'Zeinab',
  'Mariam',
  'Salma',
);
/** Egyptian fourth names: a great-grandfather's name or a family name. */
const EG_LAST = ['El-Sayed', 'Abdel Aziz', 'Hassan', 'Ibrahim', 'Hegazy', 'Soliman', 'Mansour', 'Shehata'];
EG_LAST.push('El-Masry', 'Farag', 'Salama', 'Morsi', 'Zaki', 'Abdel Rahim', 'Abdel Ghani', 'El-Sharkawy');
EG_LAST.push('Eid', 'Ragab', 'Youssef', 'Khalil', 'Abdel Fattah', 'Mahmoud');

const SY_M = ['Mohammad', 'Ahmad', 'Mahmoud', 'Khaled', 'Mustafa', 'Omar', 'Ali', 'Hasan', 'Hussein'];
SY_M.push('Ibrahim', 'Abdul Rahman', 'Abdullah', 'Yousef', 'Bashar', 'Bashir', 'Ayman', 'Amin', 'Samer');
SY_M.push('Fadi', 'Rami', 'Hamza', 'Anas', 'Ziad', 'Nabil', 'Walid', 'Jamal', 'Jamil', 'Karim', 'Khalil');
SY_M.push('Issa', 'Mousa', 'Salim', 'Hisham', 'Munir', 'Adnan', 'Marwan');
const SY_F = [
  'Fatima',
  'Rasha',
  'Rana',
  'Rania',
  'Huda',
  'Hadia',
  'Samar',
  'Samira',
  'Nour',
  'Noura',
  'Mona',
];
SY_F.push('Iman', 'Hanan', 'Salma', 'Layla', 'Zainab', 'Maryam', 'Aisha', 'Amina', 'Amna', 'Asmaa', 'Reem');
SY_F.push('Ghada', 'Nisreen', 'Razan', 'Dima', 'Raghad', 'Bayan', 'Sidra', 'Heba', 'Manar', 'Wafaa', 'Aziza');
const SY_FAM = ['Al-Hassan', 'Al-Ali', 'Al-Khatib', 'Haddad', 'Darwish', 'Al-Halabi', 'Shaheen', 'Al-Masri'];
SY_FAM.push('Kurdi', 'Al-Hamwi', 'Al-Hamoud', 'Al-Ahmad', 'Al-Issa', 'Al-Abdullah', 'Al-Saleh', 'Al-Sheikh');
SY_FAM.push('Al-Homsi', 'Sabbagh', 'Al-Hussein', 'Al-Omar', 'Al-Khalil', 'Al-Najjar');

const PK_M = ['Imran', 'Aslam', 'Shahid', 'Asif', 'Tariq', 'Bilal', 'Naveed', 'Waqas', 'Zahid', 'Sajid'];
PK_M.push('Abbas', 'Javed', 'Rafiq', 'Nawaz', 'Iqbal', 'Salim', 'Hassan', 'Hussain', 'Ali', 'Usman');
PK_M.push('Kashif', 'Adnan', 'Irfan', 'Faisal');
const PK_FAM_M = ['Khan', 'Chaudhry', 'Iqbal', 'Akhtar', 'Hussain', 'Abbas', 'Raza', 'Nawaz', 'Javed'];
PK_FAM_M.push('Mehmood', 'Ahmed', 'Butt', 'Qureshi', 'Malik');
const PK_F = ['Nasreen', 'Rukhsana', 'Shazia', 'Sajida', 'Shahida', 'Samina', 'Bushra', 'Nusrat', 'Rubina'];
PK_F.push('Tahira', 'Ayesha', 'Amna', 'Sadia', 'Fozia');
const PK_FAM_F = ['Bibi', 'Akhtar', 'Parveen', 'Kausar', 'Begum', 'Khan'];
/** Pakistani surnames a whole family carries, sisters as well as brothers. */
const PK_FAMILY = ['Khan', 'Chaudhry', 'Qureshi', 'Malik', 'Butt'];
const BD_M = ['Habibur Rahman', 'Mizanur Rahman', 'Rafiqul Islam', 'Shahidul Islam', 'Jahangir Alam'];
BD_M.push('Kamrul Hasan', 'Abul Hossain', 'Nurul Amin', 'Abdul Karim', 'Abdur Rahman');
const BD_FAM_M = ['Miah', 'Sarker', 'Sheikh', 'Talukder', 'Mollah', 'Hossain'];
const BD_F = ['Rahima', 'Nasrin', 'Shirin', 'Taslima', 'Rokeya', 'Hasina', 'Husna', 'Ayesha', 'Fatema'];
BD_F.push('Shahida', 'Morium', 'Salma');
const BD_FAM_F = ['Akter', 'Khatun', 'Begum'];
const IN_M = [
  'Ramesh',
  'Suresh',
  'Rajesh',
  'Anil',
  'Sunil',
  'Mahesh',
  'Harish',
  'Vijay',
  'Manoj',
  'Santhosh',
];
IN_M.push('Prakash', 'Dinesh', 'Sujit', 'Murugan');
const IN_F = ['Lakshmi', 'Sunita', 'Rekha', 'Rakhi', 'Kamala', 'Komal', 'Anitha', 'Sreeja', 'Bindu', 'Priya'];
IN_F.push('Geetha', 'Radha', 'Savitha', 'Shanthi', 'Kavitha', 'Jyothi', 'Asha', 'Divya', 'Rani', 'Selvi');
const IN_FAM = ['Yadav', 'Nair', 'Pillai', 'Singh', 'Sharma', 'Reddy', 'Das', 'Rao'];
const IN_M_CHRISTIAN = ['Biju', 'Thomas', 'George', 'Joseph', 'Mathew', 'Varghese'];
const IN_F_CHRISTIAN = ['Mini', 'Mary', 'Jincy', 'Bindu', 'Soumya', 'Divya'];
/** Kerala Christians: a child's surname is the father's given name. */
const IN_FAM_CHRISTIAN = ['Thomas', 'Joseph', 'Varghese', 'Mathew', 'George', 'Abraham'];
const IN_M_MUSLIM = ['Ashraf', 'Shameer', 'Shafeeq', 'Abdul Salam', 'Basheer', 'Hameed'];

const PH_F = ['Maria Cristina', 'Jennifer', 'Mary Joy', 'Rowena', 'Marites', 'Lorna', 'Lorena', 'Jocelyn'];
PH_F.push(
  'Analyn',
  'Rhea Mae',
  'Jonalyn',
  'Maricel',
  'Gina',
  'Jenny',
  'Carmen',
  'Carmina',
  'Marilyn',
  'Liezl',
);
PH_F.push('Grace', 'Angelica', 'Evangeline', 'Teresita', 'Imelda', 'Divina', 'Rosario', 'Maria');
const PH_M = ['Jose', 'Juan', 'Mark Anthony', 'John Paul', 'Rodel', 'Jerome', 'Jeremy', 'Ronald', 'Reynald'];
PH_M.push('Christian', 'Jayson', 'Marlon', 'Rogelio', 'Eduardo', 'Arnel', 'Roberto', 'Dennis');
const PH_SUR = [
  'Santos',
  'Reyes',
  'Cruz',
  'Dela Cruz',
  'Bautista',
  'Garcia',
  'Mendoza',
  'Villanueva',
  'Ramos',
];
PH_SUR.push('Aquino', 'Castillo', 'Fernandez', 'Navarro', 'Del Rosario', 'Manalo', 'Pascual', 'Soriano');
PH_SUR.push('Tolentino', 'Macaraeg', 'Dimaculangan', 'Cabrera', 'Gonzales', 'Lopez', 'Flores', 'Torres');
PH_SUR.push('Rivera', 'Dizon', 'Mercado', 'Salazar');

const ET_F = ['Tigist', 'Meseret', 'Hirut', 'Almaz', 'Tsehay', 'Selamawit', 'Mulu', 'Genet', 'Abebech'];
ET_F.push('Aster', 'Bethlehem', 'Hanna', 'Meron', 'Frehiwot', 'Eden', 'Kidist', 'Yeshi', 'Tsige', 'Tsega');
ET_F.push('Senait', 'Birtukan', 'Mekdes');
const ET_M = ['Abebe', 'Kebede', 'Tesfaye', 'Dawit', 'Solomon', 'Yohannes', 'Getachew', 'Alemayehu'];
ET_M.push('Mulugeta', 'Haile', 'Hailu', 'Girma', 'Bekele', 'Tadesse', 'Worku', 'Mekonnen', 'Gebre', 'Gebru');
ET_M.push('Alemu', 'Desta', 'Negash', 'Asefa', 'Ayele', 'Lemma', 'Wolde', 'Berhanu');
const ET_F_MUSLIM = ['Kedija', 'Zeyneb', 'Nuria', 'Fatuma', 'Amina', 'Zemzem'];
const ET_M_MUSLIM = ['Mohammed', 'Ahmed', 'Abdi', 'Jemal', 'Kedir', 'Hussein', 'Ali'];
/** Names as common in Tigray and Eritrea as in the rest of Ethiopia. */
const TIGRINYA_M = ['Yohannes', 'Tesfaye', 'Haile', 'Gebre', 'Gebru', 'Hailu', 'Dawit', 'Solomon'];
TIGRINYA_M.push('Berhanu', 'Desta', 'Mulugeta', 'Negash', 'Tadesse', 'Alemu');
const TIGRINYA_F = ['Senait', 'Meron', 'Tsega', 'Tsige', 'Hanna', 'Selamawit', 'Mekdes', 'Almaz', 'Aster'];
TIGRINYA_F.push('Genet', 'Eden', 'Birtukan');

const SIN_F = ['Dilani', 'Dilini', 'Nadeeka', 'Dharshani', 'Chandrika', 'Kumudini', 'Sanduni', 'Anoma'];
SIN_F.push('Nirosha', 'Thilini', 'Chathurika', 'Sriyani', 'Swarna', 'Kanchana', 'Inoka', 'Iresha', 'Nimali');
SIN_F.push('Chamari', 'Sandya', 'Lakmini', 'Priyanthi');
const SIN_F2 = ['Kumari', 'Priyadarshani', 'Malkanthi', 'Dilrukshi'];
const SIN_M = ['Nimal', 'Sunil Shantha', 'Chaminda', 'Ruwan', 'Lasantha', 'Priyantha', 'Chamara', 'Saman'];
SIN_M.push('Nalin', 'Nilan', 'Ajith', 'Pradeep', 'Nuwan', 'Asanka', 'Sampath');
const SIN_M2 = ['Kumara', 'Priyantha', 'Sampath', 'Pradeep'];
const SIN_FAM = [
  'Perera',
  'Fernando',
  'Silva',
  'Bandara',
  'Jayasinghe',
  'Wijesinghe',
  'Herath',
  'Rathnayake',
];
SIN_FAM.push('Dissanayake', 'Gunawardena', 'Wickramasinghe', 'Karunaratne', 'Weerasinghe');
const SIN_GE = ['Herath Mudiyanselage', 'Rathnayake Mudiyanselage', 'Kankanamge', 'Liyanage'];
const TAM_F = [
  'Selvarani',
  'Thevaki',
  'Kalaivani',
  'Tharshini',
  'Jeyanthi',
  'Vasanthi',
  'Sivakami',
  'Pushpa',
];
TAM_F.push('Nirmala', 'Vani', 'Veni', 'Kokila', 'Selvi');
const TAM_M = ['Vijayakumar', 'Sivakumar', 'Murugan', 'Kanagaratnam', 'Sivapalan', 'Selvarajah'];
TAM_M.push('Thurairajah', 'Nadarajah', 'Yogarajah', 'Arumugam');
const TAM_FATHER = ['Murugesu', 'Kanagaratnam', 'Sivapalan', 'Selvarajah', 'Kandiah', 'Thurairajah'];
TAM_FATHER.push('Ponnambalam', 'Rasiah', 'Arumugam', 'Nadarajah', 'Yogarajah', 'Sinnathamby');

const NP_F = ['Sita', 'Laxmi', 'Maya', 'Sabina', 'Sunita', 'Gita', 'Kamala', 'Bimala', 'Sarita', 'Anita'];
NP_F.push('Pabitra', 'Radhika', 'Mina', 'Shanta', 'Manju', 'Rita', 'Sushila', 'Durga', 'Januka', 'Hira');
const NP_M = ['Ram', 'Hari', 'Krishna', 'Bishnu', 'Dil', 'Dal', 'Man', 'Min', 'Binod', 'Deepak', 'Santosh'];
NP_M.push('Prakash', 'Kamal', 'Bimal', 'Manoj', 'Suman', 'Rajesh', 'Gopal', 'Tek');
const NP_FAM = ['Thapa', 'Gurung', 'Tamang', 'Rai', 'Limbu', 'Magar', 'Shrestha', 'Sherpa', 'Lama', 'Karki'];
NP_FAM.push('Khadka', 'Adhikari', 'Poudel', 'Bhandari', 'Basnet', 'Chaudhary', 'Tharu', 'Bishwokarma');
NP_FAM.push('Pariyar', 'Ghimire', 'Sharma');
/** Nepali-speaking families of India (Darjeeling, Sikkim, Assam) and of Bhutan. */
const NP_FAM_IN = ['Thapa', 'Gurung', 'Rai', 'Tamang', 'Limbu', 'Sharma', 'Chaudhary', 'Shrestha', 'Lama'];
const NP_FAM_BT = ['Gurung', 'Rai', 'Tamang', 'Sharma', 'Adhikari', 'Ghimire', 'Limbu'];

/** Short forms people give or are known by. */
const NICKNAMES = new Map(
  Object.entries({
    'Maria Cristina': ['Tina', 'Cris'],
    'Mary Joy': ['Joy'],
    Marites: ['Tess'],
    Jennifer: ['Jen'],
    Analyn: ['Lyn'],
    'Rhea Mae': ['Rhea'],
    Jonalyn: ['Jona'],
    Maricel: ['Cel'],
    Rowena: ['Weng'],
    Teresita: ['Tess'],
    Evangeline: ['Vangie'],
    Rosario: ['Charo'],
    Angelica: ['Gel'],
    'John Paul': ['JP'],
    Selamawit: ['Selam'],
    Bethlehem: ['Betty'],
    Frehiwot: ['Fre'],
    Meseret: ['Mesi'],
    Dilrukshi: ['Dilu'],
    Chathurika: ['Chathu'],
    Sanduni: ['Sandu'],
    Khadija: ['Dija'],
    Abdulrahman: ['Abood'],
    Mohammed: ['Hamoudi'],
    Mustafa: ['Mido'],
    Vijayakumar: ['Vijay'],
    Sivakumar: ['Siva'],
  }).map(([spelling, nicknames]) => [BY_SPELLING.get(spelling), nicknames]),
);

// ---------------------------------------------------------------------------------------------------
// People: a name chain built the way each community names people, a sex, a nationality and a birth date

const pickSex = (o) => o.sex ?? (chance(0.56) ? 'female' : 'male');
/** The override for `key` if given (null means "none"), else a random choice. */
const choose = (o, key, fallback) => (key in o ? o[key] : fallback());
const compact = (list) => list.filter(Boolean);

const NAMERS = {
  'gulf-arabic'(o) {
    const sex = pickSex(o);
    const nat = o.nat ?? (chance(0.62) ? 'KW' : 'SA');
    const avoid = o.avoid ?? [];
    const given = o.given ?? other(sex === 'male' ? GULF_M : GULF_F, avoid);
    const father = o.father ?? other(GULF_M, [...avoid, given]);
    const grandfather = choose(o, 'grandfather', () => other(GULF_M, [...avoid, given, father]));
    const family = o.family ?? pick(nat === 'KW' ? KW_FAM : SA_FAM);
    const parts = [part('given', given), part('father', father), part('grandfather', grandfather)];
    return { sex, nat, sub: 'gulf', parts: compact([...parts, part('family', family)]) };
  },
  egyptian(o) {
    const sex = pickSex(o);
    const avoid = o.avoid ?? [];
    const given = o.given ?? other(sex === 'male' ? EG_M : EG_F, avoid);
    const father = o.father ?? other(EG_M, [...avoid, given]);
    const grandfather = choose(o, 'grandfather', () => other(EG_M, [...avoid, given, father]));
    const family = choose(o, 'family', () =>
      chance(0.5) ? other(EG_LAST, [...avoid, given, father, grandfather]) : null,
    );
    const parts = [part('given', given), part('father', father), part('grandfather', grandfather)];
    return { sex, nat: o.nat ?? 'EG', sub: 'egyptian', parts: compact([...parts, part('family', family)]) };
  },
  syrian(o) {
    const sex = pickSex(o);
    const avoid = o.avoid ?? [];
    const given = o.given ?? other(sex === 'male' ? SY_M : SY_F, avoid);
    const father = choose(o, 'father', () => other(SY_M, [...avoid, given]));
    const family = o.family ?? pick(SY_FAM);
    const parts = [part('given', given), part('father', father), part('family', family)];
    return { sex, nat: o.nat ?? 'SY', sub: 'syrian', parts: compact(parts) };
  },
  'south-asian'(o) {
    let sub = o.sub ?? pick(['bd', 'bd', 'bd', 'pk', 'pk', 'pk', 'in-hindu', 'in-hindu', 'in-christian']);
    const sex = sub === 'in-muslim' ? 'male' : pickSex(o);
    const avoid = o.avoid ?? [];
    const male = sex === 'male';
    let parts;
    if (sub === 'pk') {
      const prefix = male && choose(o, 'prefix', () => chance(0.45));
      const given = o.given ?? other(male ? PK_M : PK_F, avoid);
      const family = choose(o, 'family', () =>
        male ? (chance(0.8) ? other(PK_FAM_M, [...avoid, given]) : null) : pick(PK_FAM_F),
      );
      parts = [prefix ? { role: 'prefix', t: tok('Muhammad') } : null, part('given', given)];
      parts.push(part('family', family));
    } else if (sub === 'bd') {
      const prefix = choose(o, 'prefix', () => chance(male ? 0.65 : 0.2));
      const given = o.given ?? other(male ? BD_M : BD_F, avoid);
      const family = choose(o, 'family', () =>
        male ? (chance(0.35) ? pick(BD_FAM_M) : null) : pick(BD_FAM_F),
      );
      parts = [prefix ? { role: 'prefix', t: male ? MD : MOST } : null, part('given', given)];
      parts.push(part('family', family));
    } else if (sub === 'in-hindu') {
      const given = o.given ?? other(male ? IN_M : IN_F, avoid);
      const given2 = choose(o, 'given2', () =>
        chance(male ? 0.4 : 0.35) ? (male ? 'Kumar' : 'Devi') : null,
      );
      const family = choose(o, 'family', () => (given2 && (!male || chance(0.4)) ? null : pick(IN_FAM)));
      parts = [part('given', given), part('given2', given2), part('family', family)];
    } else if (sub === 'in-christian') {
      const given = o.given ?? other(male ? IN_M_CHRISTIAN : IN_F_CHRISTIAN, avoid);
      const family = o.family ?? other(IN_FAM_CHRISTIAN, [...avoid, given]);
      parts = [part('given', given), part('family', family)];
    } else {
      sub = 'in-muslim';
      const prefix = choose(o, 'prefix', () => chance(0.5));
      const given = o.given ?? other(IN_M_MUSLIM, avoid);
      // Without "Mohammed" before it, the father's name follows as a surname (Kerala).
      const family = choose(o, 'family', () => (prefix ? null : other(IN_M_MUSLIM, [...avoid, given])));
      parts = [
        prefix ? { role: 'prefix', t: tok('Mohammed') } : null,
        part('given', given),
        part('family', family),
      ];
    }
    const nat = o.nat ?? { pk: 'PK', bd: 'BD' }[sub] ?? 'IN';
    return { sex, nat, sub, parts: compact(parts) };
  },
  filipino(o) {
    const sex = pickSex(o);
    const avoid = o.avoid ?? [];
    const given = o.given ?? other(sex === 'male' ? PH_M : PH_F, avoid);
    const family = o.family ?? other(PH_SUR, avoid);
    const middle = choose(o, 'middle', () => other(PH_SUR, [...avoid, family]));
    const parts = [part('given', given), part('middle', middle), part('family', family)];
    return { sex, nat: o.nat ?? 'PH', sub: 'filipino', parts: compact(parts) };
  },
  ethiopian(o) {
    const sex = pickSex(o);
    const muslim = o.muslim ?? chance(0.18);
    const men = muslim ? ET_M_MUSLIM : ET_M;
    const avoid = o.avoid ?? [];
    const given = o.given ?? other(sex === 'male' ? men : muslim ? ET_F_MUSLIM : ET_F, avoid);
    const father = o.father ?? other(men, [...avoid, given]);
    const grandfather = choose(o, 'grandfather', () =>
      chance(0.7) ? other(men, [...avoid, given, father]) : null,
    );
    const parts = [part('given', given), part('father', father), part('grandfather', grandfather)];
    return { sex, nat: o.nat ?? 'ET', sub: muslim ? 'muslim' : 'christian', parts: compact(parts) };
  },
  'sri-lankan'(o) {
    const sex = pickSex(o);
    const male = sex === 'male';
    const sub = o.sub ?? (chance(0.7) ? 'sinhala' : 'tamil');
    const avoid = o.avoid ?? [];
    let parts;
    if (sub === 'tamil') {
      const given = o.given ?? other(male ? TAM_M : TAM_F, avoid);
      parts = [part('given', given), part('father', o.father ?? other(TAM_FATHER, [...avoid, given]))];
    } else {
      const ge = choose(o, 'ge', () => (chance(0.18) ? pick(SIN_GE) : null));
      const given = o.given ?? other(male ? SIN_M : SIN_F, avoid);
      const given2 = choose(o, 'given2', () =>
        ge || chance(0.45) ? other(male ? SIN_M2 : SIN_F2, [...avoid, given]) : null,
      );
      parts = ge
        ? [part('ge', ge), part('given', given), part('given2', given2)]
        : [part('given', given), part('given2', given2), part('family', o.family ?? pick(SIN_FAM))];
    }
    return { sex, nat: o.nat ?? 'LK', sub, parts: compact(parts) };
  },
  nepali(o) {
    const sex = pickSex(o);
    const male = sex === 'male';
    const avoid = o.avoid ?? [];
    const given = o.given ?? other(male ? NP_M : NP_F, avoid);
    const given2 = choose(o, 'given2', () => (chance(male ? 0.75 : 0.55) ? nepaliMiddle(sex, given) : null));
    const family = o.family ?? pick(NP_FAM);
    const parts = [part('given', given), part('given2', given2), part('family', family)];
    return { sex, nat: o.nat ?? 'NP', sub: 'nepali', parts: compact(parts) };
  },
};

function nepaliMiddle(sex, given) {
  if (sex === 'male')
    return pick(['Bahadur', 'Bahadur', 'Bahadur', 'Bahadur', 'Bahadur', 'Prasad', 'Kumar', 'Raj']);
  return given === 'Maya' ? 'Kumari' : pick(['Kumari', 'Kumari', 'Kumari', 'Maya', 'Devi']);
}

/** Given names a brother or sister, son or daughter of `person` might have. */
function givenPool(person, sex) {
  const male = sex === 'male';
  switch (person.community) {
    case 'gulf-arabic':
      return male ? GULF_M : GULF_F;
    case 'egyptian':
      return male ? EG_M : EG_F;
    case 'syrian':
      return male ? SY_M : SY_F;
    case 'south-asian':
      return {
        pk: male ? PK_M : PK_F,
        bd: male ? BD_M : BD_F,
        'in-hindu': male ? IN_M : IN_F,
        'in-christian': male ? IN_M_CHRISTIAN : IN_F_CHRISTIAN,
        'in-muslim': male ? IN_M_MUSLIM : PK_F,
      }[person.sub];
    case 'filipino':
      return male ? PH_M : PH_F;
    case 'ethiopian':
      if (person.sub === 'muslim') return male ? ET_M_MUSLIM : ET_F_MUSLIM;
      return male ? ET_M : ET_F;
    case 'sri-lankan':
      if (person.sub === 'tamil') return male ? TAM_M : TAM_F;
      return male ? SIN_M : SIN_F;
    default:
      return male ? NP_M : NP_F;
  }
}

/** The second name that goes with a sex, where a community has one (Kumar/Devi, Bahadur/Kumari ...). */
function given2For(person, sex, given) {
  if (person.community === 'nepali') return nepaliMiddle(sex, given);
  if (person.community === 'sri-lankan') return other(sex === 'male' ? SIN_M2 : SIN_F2, [given]);
  return sex === 'male' ? 'Kumar' : 'Devi';
}

/**
 * A person of `community`; `o` fixes any of sex, nat, sub, name parts, dob, the referral date the
 * age is counted at (`on`), and `swappable` (a birth date whose day and month can be swapped).
 */
function person(community, o = {}) {
  const name = NAMERS[community](o);
  let dob = o.dob;
  while (!dob) {
    const candidate = birthDateForAge(o.age ?? victimAge(), o.on ?? referralDate());
    const [, m, d] = candidate.split('-');
    if (!o.swappable || (Number(d) <= 12 && d !== m)) dob = candidate;
  }
  return { community, ...name, dob, docs: {} };
}
const otherSex = (sex) => (sex === 'male' ? 'female' : 'male');
/** A birth date `days` later (or earlier), but earlier instead if later would make a child under 15 on `on`. */
function shiftBirth(dob, days, on) {
  const moved = addDays(dob, days);
  return days > 0 && ageAt(moved, on) < 15 ? addDays(dob, -days) : moved;
}
/** The same kind of person with other name parts, sex, nationality or birth date. */
const relative = (p, changes) => ({ ...p, parts: p.parts.map(clonePart), docs: {}, ...changes });

// ---------------------------------------------------------------------------------------------------
// Documents, in each country's usual format

const PASSPORT = {
  KW: () => `${pick(['K', 'P'])}${digits(7)}`,
  SA: () => `${pick(['A', 'B', 'L', 'M'])}${digits(7)}`,
  BH: () => `${digits(8)}`,
  QA: () => `${pick(['A', 'B'])}${digits(7)}`,
  AE: () => `${digits(9)}`,
  EG: () => `A${digits(8)}`,
  SD: () => `P${digits(8)}`,
  LY: () => `${digits(8)}`,
  SY: () => `N${digits(9)}`,
  JO: () => `${pick(['N', 'P', 'R'])}${digits(6)}`,
  LB: () => `LR${digits(7)}`,
  IQ: () => `${pick(['A', 'G', 'H'])}${digits(8)}`,
  PK: () => `${letter()}${letter()}${digits(7)}`,
  IN: () => `${letter()}${int(1, 9)}${digits(6)}`,
  BD: () =>
    chance(0.5) ? `A${digits(8)}` : `${pick(['A', 'B', 'E'])}${pick(['B', 'C', 'E', 'F'])}${digits(7)}`,
  PH: () => `P${digits(7)}${letter()}`,
  ET: () => `EP${digits(7)}`,
  ER: () => `${pick(['P', 'D'])}${digits(7)}`,
  SO: () => `P${digits(8)}`,
  LK: () => `N${digits(7)}`,
  NP: () => (chance(0.5) ? `PA${digits(7)}` : `0${digits(7)}`),
  BT: () => `B${digits(6)}`,
};
const SRI_LANKAN_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const NATIONAL_ID = {
  /** Century, birth date, governorate, serial with the sex in its last digit, check digit. */
  EG: (p) =>
    `${p.dob.startsWith('19') ? 2 : 3}${p.dob.slice(2, 4)}${p.dob.slice(5, 7)}${p.dob.slice(8, 10)}` +
    `${pick(['01', '02', '03', '04', '12', '13', '14', '16', '21', '22', '25', '26', '88'])}${digits(3)}` +
    `${pick(p.sex === 'male' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8])}${digits(1)}`,
  SA: () => `1${digits(9)}`,
  SY: () => `0${digits(10)}`,
  /** CNIC: district, serial, and an odd (men) or even (women) last digit. */
  PK: (p) =>
    `${int(1, 7)}${digits(4)}-${digits(7)}-${pick(p.sex === 'male' ? [1, 3, 5, 7, 9] : [2, 4, 6, 8])}`,
  IN: () => `${int(2, 9)}${digits(11)}`,
  BD: () => `${int(1, 9)}${digits(9)}`,
  PH: () => `${digits(4)}-${digits(4)}-${digits(4)}-${digits(4)}`,
  ET: () => `${digits(12)}`,
  /** NIC: year of birth, day of the year (plus 500 for women), serial, check digit. */
  LK: (p) => {
    const [y, m, d] = p.dob.split('-').map(Number);
    const day = SRI_LANKAN_MONTH_DAYS.slice(0, m - 1).reduce((s, n) => s + n, 0) + d;
    return `${y}${pad(day + (p.sex === 'female' ? 500 : 0), 3)}${digits(5)}`;
  },
  /** Citizenship certificate: district, office, year, serial. */
  NP: () => `${pad(int(1, 75))}-01-${pad(int(40, 80))}-${digits(5)}`,
};
/** Kuwaiti civil ID: century digit, birth date, serial. */
const civilIdNumber = (p) =>
  `${p.dob.startsWith('19') ? 2 : 3}${p.dob.slice(2, 4)}${p.dob.slice(5, 7)}${p.dob.slice(8, 10)}${digits(5)}`;

/** The person's document of a type, the same each time it is asked for. */
function doc(p, type) {
  if (!p.docs[type]) {
    const number =
      type === 'passport'
        ? (PASSPORT[p.nat] ?? (() => `${letter()}${digits(8)}`))()
        : type === 'civil_id'
          ? civilIdNumber(p)
          : (NATIONAL_ID[p.nat] ?? (() => digits(10)))(p);
    p.docs[type] = { type, number, issuingCountry: type === 'civil_id' ? 'KW' : p.nat };
  }
  return p.docs[type];
}
/** Kuwaitis' identity card is the civil ID; other nationals carry their own country's. */
const idCardType = (p) => (p.nat === 'KW' ? 'civil_id' : 'national_id');
/** The identity card a resident of Kuwait shows: mostly the civil ID, sometimes one from home. */
const residentCard = (p) => (p.nat === 'KW' || chance(0.7) ? 'civil_id' : 'national_id');
const DOC_WORD = { passport: 'passport', national_id: 'national ID', civil_id: 'civil ID' };

/** The same number written another way: lower case, or with dashes between its groups. */
function reformat(number) {
  const options = [];
  if (/[A-Z]/.test(number)) options.push(number.toLowerCase());
  const m = number.match(/^([A-Z]+)(\d+)([A-Z]?)$/);
  if (m) options.push([m[1], m[2], m[3]].filter(Boolean).join('-'));
  else if (/^\d{8,}$/.test(number)) options.push(number.replace(/(\d{4})(?=\d)/g, '$1-'));
  return pick(options);
}

const ADJECTIVE = {
  KW: 'Kuwaiti',
  SA: 'Saudi',
  BH: 'Bahraini',
  QA: 'Qatari',
  AE: 'Emirati',
  EG: 'Egyptian',
  SD: 'Sudanese',
  LY: 'Libyan',
  SY: 'Syrian',
  JO: 'Jordanian',
  LB: 'Lebanese',
  IQ: 'Iraqi',
  PK: 'Pakistani',
  IN: 'Indian',
  BD: 'Bangladeshi',
  PH: 'Philippine',
  ET: 'Ethiopian',
  ER: 'Eritrean',
  SO: 'Somali',
  LK: 'Sri Lankan',
  NP: 'Nepali',
  BT: 'Bhutanese',
};
const docPhrase = (d) =>
  `${d.issuingCountry === 'KW' ? 'Kuwaiti' : ADJECTIVE[d.issuingCountry]} ${DOC_WORD[d.type]}`;
const DEMONYM = {
  'south-asian': 'South Asian',
  filipino: 'Filipino',
  ethiopian: 'Ethiopian',
  'sri-lankan': 'Sri Lankan',
  nepali: 'Nepali',
};
/** Communities whose names are Arabic names, written in Arabic at home. */
const ARABIC_NAMED = new Set(['gulf-arabic', 'egyptian', 'syrian']);
const ROLE_WORD = {
  given: 'given name',
  given2: 'second name',
  father: "father's name",
  grandfather: "grandfather's name",
  family: 'family name',
  middle: 'middle name',
  ge: 'ancestral name',
  prefix: 'prefix',
};

// ---------------------------------------------------------------------------------------------------
// Records: one side of a pair, then the person record it is written as

function side(p, referredOn) {
  return {
    person: p,
    parts: p.parts.map(clonePart),
    order: null,
    script: null,
    dob: p.dob,
    age: undefined,
    referredOn,
    docs: undefined,
    aliases: undefined,
    sex: p.sex,
    nationalities: [p.nat],
  };
}

function record(s) {
  const names = {};
  if (s.script !== 'latin') names.arabic = s.parts.map(arabicOf).filter(Boolean).join(' ');
  if (s.script !== 'arabic') names.latin = latinName(s.order ? s.order(s.parts) : s.parts);
  const out = { names };
  if (s.aliases?.length) out.aliases = s.aliases;
  if (s.dob) out.dateOfBirth = s.dob;
  else if (s.age !== undefined) out.estimatedAge = s.age;
  out.referredOn = s.referredOn;
  out.sex = s.sex;
  out.nationalities = s.nationalities;
  if (s.docs?.length) out.documents = s.docs.map((d) => ({ ...d }));
  return out;
}

function twoReferralDates() {
  return [referralDate(), referralDate()].sort();
}

/** Scripts for two records of a pair whose names are compared in the same script. */
function commonScripts(community, A, B, needs) {
  const common =
    needs ??
    (chance(ARABIC_NAMED.has(community) ? 0.25 : community === 'south-asian' ? 0.08 : 0.05)
      ? 'arabic'
      : 'latin');
  A.script = chance(0.2) ? 'both' : common;
  B.script = chance(0.2) ? 'both' : common;
}

// ---------------------------------------------------------------------------------------------------
// "same" pairs: one person, recorded twice with a difference of one kind (sometimes two)

/** Letters changed by a typing slip: one dropped, doubled or two transposed. */
function typo(word, variants) {
  const isLetter = (c) => /[A-Za-z]/.test(c);
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const kind = pick(['dropped', 'doubled', 'transposed']);
    const i = int(1, word.length - 2);
    let out;
    if (kind === 'dropped' && isLetter(word[i])) out = word.slice(0, i) + word.slice(i + 1);
    if (kind === 'doubled' && isLetter(word[i]) && word[i] !== word[i + 1] && word[i] !== word[i - 1])
      out = word.slice(0, i + 1) + word[i] + word.slice(i + 1);
    if (kind === 'transposed' && isLetter(word[i]) && isLetter(word[i + 1]) && word[i] !== word[i + 1])
      out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (!out || variants.some((v) => v.toLowerCase() === out.toLowerCase())) continue;
    const what = {
      dropped: 'a letter dropped',
      doubled: 'a letter doubled',
      transposed: 'two letters transposed',
    };
    return { out, what: what[kind] };
  }
  return null;
}

/** Common slips in writing Arabic names: ة/ه, ى/ي and the hamza on alef. */
function arabicSlips(text) {
  const words = text.split(' ');
  const out = [];
  words.forEach((w, i) => {
    const swap = (replacement, what) =>
      out.push({ text: words.map((x, j) => (j === i ? replacement : x)).join(' '), what });
    if (w.endsWith('ة') && w.length > 2) swap(`${w.slice(0, -1)}ه`, 'ة written as ه');
    if (w.endsWith('ى')) swap(`${w.slice(0, -1)}ي`, 'ى written as ي');
    if (w.endsWith('ي') && w.length > 2) swap(`${w.slice(0, -1)}ى`, 'final ي written as ى');
    if (/^[أإآ]/.test(w)) swap(`ا${w.slice(1)}`, 'hamza left off the alef');
  });
  return out;
}

const altSpellings = (p) => p.t.l.filter((v, i) => i !== (p.v ?? 0) && !v.includes('.'));

const T = {
  transliteration(ctx) {
    const S = ctx.B;
    const candidates = S.parts.filter((p) => !ctx.touched.has(p) && !p.latin && altSpellings(p).length > 0);
    if (candidates.length === 0) return false;
    const chosen = shuffle(candidates).slice(0, ctx.changes === 0 && chance(0.25) ? 2 : 1);
    ctx.changes += chosen.length;
    const changes = chosen.map((p) => {
      const before = latinOf(p);
      p.v = p.t.l.indexOf(pick(altSpellings(p)));
      ctx.touched.add(p);
      return [before, latinOf(p)];
    });
    ctx.needs = 'latin';
    ctx.why.push(
      changes.length === 1
        ? `'${changes[0][0]}' on one record, '${changes[0][1]}' on the other`
        : `spelled '${changes[0][0]}'/'${changes[0][1]}' and '${changes[1][0]}'/'${changes[1][1]}'`,
    );
    return true;
  },

  script(ctx) {
    if (ctx.needs || ctx.fixed.script) return false;
    const { A, B, person: p } = ctx;
    A.script = 'arabic';
    B.script = 'latin';
    ctx.fixed.script = true;
    let civil = false;
    let passport = false;
    if (!ctx.fixed.docs) {
      civil = chance(0.6) && A.dob === p.dob;
      passport = chance(0.6) && B.age === undefined;
      if (civil) A.docs = [doc(p, 'civil_id')];
      if (passport) B.docs = [doc(p, 'passport')];
      ctx.fixed.docs = true;
    }
    const what = ARABIC_NAMED.has(ctx.community)
      ? 'Arabic name'
      : `Arabic rendering of the ${DEMONYM[ctx.community]} name`;
    ctx.why.push(
      `${what} on one record${civil ? ' (from the civil ID)' : ''}, Latin on the other${passport ? ' (from the passport)' : ''}`,
    );
    ctx.changes += 1;
    return true;
  },

  'name-order'(ctx) {
    const S = ctx.B;
    const c = ctx.community;
    const roles = S.parts.map((p) => p.role);
    const byRole = (ps, role) => ps.find((p) => p.role === role);
    const ops = [];
    const last = roles[roles.length - 1];
    const lastFirst = (ps) => [ps[ps.length - 1], ...ps.slice(0, -1)];
    if (['gulf-arabic', 'syrian', 'filipino', 'nepali'].includes(c) && last === 'family')
      ops.push({ order: lastFirst, why: (n) => `family name written first on one record ('${n}')` });
    if (c === 'south-asian' && roles.filter((r) => r !== 'prefix').length >= 2)
      ops.push({
        order: lastFirst,
        why: (n) => `last name written first, as a surname, on one record ('${n}')`,
      });
    if (c === 'sri-lankan' && last === 'family')
      ops.push({ order: lastFirst, why: (n) => `surname written first on one record ('${n}')` });
    if (c === 'egyptian')
      ops.push({
        order: lastFirst,
        why: (n) => `last name written first, as a surname, on one record ('${n}')`,
      });
    if (['gulf-arabic', 'egyptian', 'syrian'].includes(c) && roles.includes('father'))
      ops.push({
        order: (ps) =>
          ps.map((p) =>
            p.role === 'given' ? byRole(ps, 'father') : p.role === 'father' ? byRole(ps, 'given') : p,
          ),
        why: (n) => `given and father's names swapped on one record ('${n}')`,
      });
    if (c === 'ethiopian' || (c === 'sri-lankan' && ctx.person.sub === 'tamil'))
      ops.push({
        order: (ps) => [...ps.filter((p) => p.role !== 'given'), byRole(ps, 'given')],
        why: (n) => `father's name written first, as a surname, on one record ('${n}')`,
      });
    if (c === 'sri-lankan' && roles.includes('ge'))
      ops.push({
        order: (ps) => [...ps.filter((p) => p.role !== 'ge'), byRole(ps, 'ge')],
        why: (n) => `ancestral (ge) name written after the given names on one record ('${n}')`,
      });
    if (ops.length === 0 || S.parts.length < 2) return false;
    const op = pick(ops);
    S.order = op.order;
    ctx.needs = 'latin';
    ctx.why.push(() => op.why(latinName(op.order(S.parts))));
    ctx.changes += 1;
    return true;
  },

  'name-element'(ctx, S = ctx.B) {
    const c = ctx.community;
    const ops = [];
    const find = (role) => S.parts.find((p) => p.role === role && !ctx.touched.has(p));
    const named = S.parts.filter((p) => p.role !== 'prefix' && p.role !== 'connector').length;
    const drop = (role, why) => {
      const p = find(role);
      if (p && (role === 'prefix' || named > 2 || (named === 2 && c === 'filipino')))
        ops.push({
          apply: () => {
            S.parts = S.parts.filter((q) => q !== p);
            return why(latinOf(p));
          },
        });
    };
    if (c === 'gulf-arabic' && find('father') && !S.parts.some((p) => p.role === 'connector'))
      ops.push({
        apply: () => {
          const t = S.sex === 'female' ? BINT : chance(0.2) ? IBN : BIN;
          const at = S.parts.findIndex((p) => p.role === 'given') + 1;
          S.parts.splice(at, 0, { role: 'connector', t });
          return `'${t.l[0]}' between the given and father's names on one record only`;
        },
      });
    if (['gulf-arabic', 'egyptian', 'ethiopian'].includes(c))
      drop('grandfather', (n) => `grandfather's name '${n}' on one record only`);
    if (c === 'egyptian') drop('family', (n) => `fourth name '${n}' on one record only`);
    if (c === 'syrian') drop('father', (n) => `father's name '${n}' on one record only`);
    if (ARABIC_NAMED.has(c)) {
      const p = find('family');
      const m = p && latinOf(p).match(/^(Al|El)[- ](.+)$/);
      if (m && !S.parts.some((q) => q !== p && BY_SPELLING.get(latinOf(q))?.variants.includes(m[2])))
        ops.push({
          latinOnly: true,
          apply: () => {
            p.latin = m[2];
            return `'${m[1]}-' missing from the family name on one record ('${m[2]}')`;
          },
        });
    }
    if (c === 'south-asian') {
      drop('prefix', (n) => `'${n}' before the name on one record only`);
      drop('given2', (n) => `'${n}' on one record only`);
    }
    if (c === 'filipino') {
      drop('middle', (n) => `middle name '${n}' (the mother's surname) on one record only`);
      const p = find('middle');
      if (p)
        ops.push({
          latinOnly: true,
          apply: () => {
            const full = latinOf(p);
            p.latin = `${full[0]}.`;
            return `middle name '${full}' reduced to the initial '${p.latin}' on one record`;
          },
        });
    }
    if (c === 'sri-lankan') {
      drop('given2', (n) => `second given name '${n}' on one record only`);
      const ge = find('ge');
      if (ge)
        ops.push({
          latinOnly: true,
          apply: () => {
            const full = latinOf(ge);
            ge.latin = ge.t.l.find((v) => v.includes('.'));
            return `ancestral name '${full}' written as the initials '${ge.latin}' on one record`;
          },
        });
      const father = ctx.person.sub === 'tamil' && find('father');
      if (father)
        ops.push({
          latinOnly: true,
          apply: () => {
            const full = latinOf(father);
            father.latin = `${full[0]}.`;
            S.order = (ps) => [
              ...ps.filter((p) => p.role === 'father'),
              ...ps.filter((p) => p.role !== 'father'),
            ];
            return `father's name '${full}' reduced to the initial '${father.latin}' before the given name on one record`;
          },
        });
    }
    if (c === 'nepali') drop('given2', (n) => `middle name '${n}' on one record only`);
    const usable = ops.filter((op) => !op.latinOnly || ctx.needs !== 'arabic');
    if (usable.length === 0) return false;
    const op = pick(usable);
    if (op.latinOnly) {
      if (ctx.fixed.script && S.script === 'arabic') return false;
      ctx.needs = 'latin';
    }
    ctx.why.push(op.apply());
    ctx.changes += 1;
    return true;
  },

  'date-swap'(ctx) {
    const [y, m, d] = ctx.person.dob.split('-');
    if (Number(d) > 12 || d === m) return false;
    ctx.B.dob = `${y}-${d}-${m}`;
    ctx.fixed.dob = true;
    ctx.why.push(
      `date of birth ${ctx.A.dob} on one record, ${ctx.B.dob} on the other (day and month swapped)`,
    );
    ctx.changes += 1;
    return true;
  },

  'year-only'(ctx) {
    const real = ageAt(ctx.person.dob, ctx.B.referredOn);
    ctx.B.dob = undefined;
    ctx.B.age = real + pick([-1, 0, 0, 0, 1]);
    ctx.fixed.dob = true;
    const off = ctx.B.age === real ? '' : ', a year off';
    ctx.why.push(
      `only an estimated age of ${ctx.B.age} on one record; the other's date of birth ${ctx.person.dob} makes the person ${real} then${off}`,
    );
    ctx.changes += 1;
    return true;
  },

  typo(ctx) {
    const S = ctx.B;
    const arabic = !ctx.needs && !ctx.fixed.script && chance(ARABIC_NAMED.has(ctx.community) ? 0.45 : 0.12);
    if (arabic) {
      const options = S.parts
        .filter((p) => !ctx.touched.has(p) && arabicOf(p))
        .flatMap((p) => arabicSlips(arabicOf(p)).map((slip) => ({ p, slip })));
      if (options.length > 0) {
        const { p, slip } = pick(options);
        const before = arabicOf(p);
        p.arabic = slip.text;
        ctx.touched.add(p);
        ctx.needs = 'arabic';
        ctx.why.push(`'${before}' written '${slip.text}' on one record (${slip.what})`);
        ctx.changes += 1;
        return true;
      }
    }
    const candidates = S.parts.filter(
      (p) =>
        !ctx.touched.has(p) &&
        !p.latin &&
        !['connector', 'prefix'].includes(p.role) &&
        /[A-Za-z]{5}/.test(latinOf(p)),
    );
    if (candidates.length === 0) return false;
    const p = pick(candidates);
    const before = latinOf(p);
    const words = before.split(' ');
    const at = words.findIndex((w) => w.length >= 5);
    const slip = at >= 0 && typo(words[at], p.t.l);
    if (!slip) return false;
    p.latin = words.map((w, i) => (i === at ? slip.out : w)).join(' ');
    ctx.touched.add(p);
    ctx.needs = 'latin';
    ctx.why.push(`'${before}' typed '${p.latin}' on one record (${slip.what})`);
    ctx.changes += 1;
    return true;
  },

  'shared-document'(ctx) {
    const d = doc(ctx.person, 'passport');
    const written = chance(0.5) ? reformat(d.number) : null;
    ctx.A.docs = [d];
    ctx.B.docs = [written ? { ...d, number: written } : d];
    ctx.fixed.docs = true;
    ctx.why.push(
      `same ${docPhrase(d)} ${d.number} on both records${written ? ` (written '${written}' on one)` : ''}`,
    );
    for (const variation of shuffle(['transliteration', 'script', 'name-element', 'typo', 'name-order']))
      if (T[variation](ctx)) return true;
    return false;
  },
};

const SECONDARY = {
  script: ['name-element'],
  transliteration: ['name-element', 'typo'],
  'name-order': ['transliteration'],
  'name-element': ['transliteration', 'script'],
  'date-swap': ['transliteration', 'script'],
  'year-only': ['transliteration', 'name-element', 'script'],
  typo: ['name-element'],
  'shared-document': [],
};

function samePair(category, community) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const [first, second] = twoReferralDates();
    const p = person(community, { swappable: category === 'date-swap', on: first });
    const ctx = {
      person: p,
      community,
      A: side(p, first),
      B: side(p, second),
      why: [],
      fixed: {},
      needs: null,
      touched: new Set(),
      changes: 0,
    };
    if (!T[category](ctx)) continue;
    if (ctx.changes < 2 && chance(0.3))
      for (const secondary of shuffle(SECONDARY[category])) if (T[secondary](ctx)) break;
    const { A, B } = ctx;
    if (!ctx.fixed.script) commonScripts(community, A, B, ctx.needs);
    if (!ctx.fixed.dob) {
      if (chance(0.3)) {
        pick([A, B]).dob = undefined;
        ctx.why.push('date of birth on one record only');
      } else ctx.why.push('same date of birth');
    }
    if (!ctx.fixed.docs) {
      const r = random();
      const withDob = [A, B].filter((s) => s.age === undefined);
      const s = pick(withDob);
      if (r < 0.4) s.docs = [doc(p, 'passport')];
      else if (r < 0.55 && s.dob === p.dob) s.docs = [doc(p, residentCard(p))];
      else if (r < 0.67 && withDob.length === 2 && A.dob === p.dob) {
        A.docs = [doc(p, residentCard(p))];
        B.docs = [doc(p, 'passport')];
      }
    }
    const given = p.parts.find((x) => x.role === 'given');
    const nicknames = NICKNAMES.get(given.t.entry);
    if (nicknames && chance(0.4)) {
      const s = pick([A, B]);
      s.aliases = [pick(nicknames)];
      ctx.why.push(`'${s.aliases[0]}' given as an alias on one record`);
    }
    const [a, b] = chance(0.5) ? [record(A), record(B)] : [record(B), record(A)];
    const why = ctx.why.map((w) => (typeof w === 'function' ? w() : w)).join('; ');
    return { label: 'same', category, community, why, a, b };
  }
  throw new Error(`could not build a ${category} pair for ${community}`);
}

// ---------------------------------------------------------------------------------------------------
// "different" pairs: two people a careful reviewer can tell apart, though much about them is alike

/** Distinct names whose consonant skeletons meet once vowels are dropped. */
const COLLISIONS = {
  'gulf-arabic': [
    { role: 'given', sex: 'male', x: 'Mohammed', y: 'Mahmoud', c: 'm-h-m-d' },
    { role: 'given', sex: 'male', x: 'Hamad', y: 'Hamid', c: 'h-m-d' },
    { role: 'given', sex: 'male', x: 'Saad', y: 'Saud', c: 's-d' },
    { role: 'father', x: 'Saud', y: 'Saeed', c: 's-d' },
    { role: 'given', sex: 'male', x: 'Ayman', y: 'Amin', c: 'm-n' },
    { role: 'given', sex: 'female', x: 'Noura', y: 'Nour', c: 'n-r' },
    { role: 'given', sex: 'female', x: 'Amna', y: 'Amina', c: 'm-n' },
    { role: 'father', x: 'Ahmad', y: 'Hamad', c: 'h-m-d' },
    { role: 'grandfather', x: 'Nasser', y: 'Nasr', c: 'n-s-r' },
  ],
  egyptian: [
    { role: 'given', sex: 'male', x: 'Mohamed', y: 'Mahmoud', c: 'm-h-m-d' },
    { role: 'given', sex: 'male', x: 'Ahmed', y: 'Hamed', c: 'h-m-d' },
    { role: 'given', sex: 'male', x: 'Hassan', y: 'Hussein', c: 'h-s-n' },
    { role: 'given', sex: 'male', x: 'Gamal', y: 'Gamil', c: 'g-m-l' },
    { role: 'given', sex: 'female', x: 'Mona', y: 'Amina', c: 'm-n' },
    { role: 'given', sex: 'female', x: 'Samar', y: 'Samira', c: 's-m-r' },
    { role: 'father', x: 'Mohamed', y: 'Mahmoud', c: 'm-h-m-d' },
    { role: 'father', x: 'Hassan', y: 'Hussein', c: 'h-s-n' },
    { role: 'given', sex: 'male', x: 'Helmy', y: 'Halim', c: 'h-l-m' },
    { role: 'given', sex: 'male', x: 'Islam', y: 'Salem', c: 's-l-m' },
  ],
  syrian: [
    { role: 'given', sex: 'male', x: 'Bashar', y: 'Bashir', c: 'b-sh-r' },
    { role: 'given', sex: 'male', x: 'Jamal', y: 'Jamil', c: 'j-m-l' },
    { role: 'given', sex: 'male', x: 'Ayman', y: 'Amin', c: 'm-n' },
    { role: 'given', sex: 'female', x: 'Rana', y: 'Rania', c: 'r-n' },
    { role: 'given', sex: 'female', x: 'Huda', y: 'Hadia', c: 'h-d' },
    { role: 'given', sex: 'female', x: 'Samar', y: 'Samira', c: 's-m-r' },
    { role: 'given', sex: 'female', x: 'Nour', y: 'Noura', c: 'n-r' },
    { role: 'father', x: 'Ahmad', y: 'Hamid', c: 'h-m-d' },
    { role: 'father', x: 'Hasan', y: 'Hussein', c: 'h-s-n' },
    { role: 'given', sex: 'male', x: 'Karim', y: 'Karam', c: 'k-r-m' },
    { role: 'given', sex: 'female', x: 'Hanan', y: 'Hanaa', c: 'h-n' },
    { role: 'given', sex: 'male', x: 'Mohammad', y: 'Mahmoud', c: 'm-h-m-d' },
  ],
  'south-asian': [
    { role: 'given', sex: 'male', x: 'Aslam', y: 'Salim', c: 's-l-m', o: { sub: 'pk' } },
    { role: 'given', sex: 'male', x: 'Hassan', y: 'Hussain', c: 'h-s-n', o: { sub: 'pk', family: 'Khan' } },
    { role: 'given', sex: 'female', x: 'Hasina', y: 'Husna', c: 'h-s-n', o: { sub: 'bd' } },
    { role: 'given', sex: 'female', x: 'Rekha', y: 'Rakhi', c: 'r-k', o: { sub: 'in-hindu' } },
    { role: 'given', sex: 'female', x: 'Kamala', y: 'Komal', c: 'k-m-l', o: { sub: 'in-hindu' } },
    { role: 'given', sex: 'male', x: 'Harish', y: 'Harsh', c: 'h-r-sh', o: { sub: 'in-hindu' } },
    {
      role: 'given',
      sex: 'male',
      x: 'Mehmood',
      y: 'Muhammad',
      c: 'm-h-m-d',
      o: { sub: 'pk', prefix: false },
    },
  ],
  filipino: [
    { role: 'given', sex: 'female', x: 'Lorna', y: 'Lorena', c: 'l-r-n' },
    { role: 'given', sex: 'female', x: 'Carmen', y: 'Carmina', c: 'k-r-m-n' },
    { role: 'given', sex: 'female', x: 'Gina', y: 'Jenny', c: 'j-n' },
    { role: 'given', sex: 'male', x: 'Jerome', y: 'Jeremy', c: 'j-r-m' },
    { role: 'given', sex: 'male', x: 'Ronald', y: 'Reynald', c: 'r-n-l-d' },
    { role: 'family', x: 'Mendoza', y: 'Mendez', c: 'm-n-d-z' },
    { role: 'family', x: 'Soriano', y: 'Serrano', c: 's-r-n' },
    { role: 'middle', x: 'Mendoza', y: 'Mendez', c: 'm-n-d-z' },
  ],
  ethiopian: [
    { role: 'father', x: 'Haile', y: 'Hailu', c: 'h-l', o: { muslim: false } },
    { role: 'father', x: 'Gebre', y: 'Gebru', c: 'g-b-r', o: { muslim: false } },
    { role: 'given', sex: 'male', x: 'Tadesse', y: 'Tadios', c: 't-d-s', o: { muslim: false } },
    { role: 'given', sex: 'male', x: 'Haile', y: 'Hailu', c: 'h-l', o: { muslim: false } },
    { role: 'given', sex: 'female', x: 'Tsige', y: 'Tsega', c: 'ts-g', o: { muslim: false } },
    { role: 'grandfather', x: 'Alem', y: 'Alemu', c: 'l-m', o: { muslim: false } },
    { role: 'given', sex: 'male', x: 'Mohammed', y: 'Mahmoud', c: 'm-h-m-d', o: { muslim: true } },
  ],
  'sri-lankan': [
    { role: 'given', sex: 'female', x: 'Dilini', y: 'Dilani', c: 'd-l-n', o: { sub: 'sinhala', ge: null } },
    { role: 'given', sex: 'male', x: 'Saman', y: 'Suman', c: 's-m-n', o: { sub: 'sinhala', ge: null } },
    { role: 'given', sex: 'male', x: 'Nalin', y: 'Nilan', c: 'n-l-n', o: { sub: 'sinhala', ge: null } },
    { role: 'given', sex: 'female', x: 'Vani', y: 'Veni', c: 'v-n', o: { sub: 'tamil' } },
    { role: 'family', x: 'Dissanayake', y: 'Dassanayake', c: 'd-s-n-y-k', o: { sub: 'sinhala', ge: null } },
  ],
  nepali: [
    { role: 'given', sex: 'male', x: 'Dil', y: 'Dal', c: 'd-l', o: { given2: 'Bahadur' } },
    { role: 'given', sex: 'male', x: 'Man', y: 'Min', c: 'm-n', o: { given2: 'Bahadur' } },
    { role: 'given', sex: 'female', x: 'Sunita', y: 'Shanta', c: 's-n-t' },
    { role: 'given', sex: 'female', x: 'Kamala', y: 'Komal', c: 'k-m-l' },
    { role: 'given', sex: 'male', x: 'Hari', y: 'Hira', ySex: 'female', c: 'h-r', o: { given2: null } },
  ],
};

/** Very common names, with what tells two people of that name apart. */
const COMMON = {
  'gulf-arabic': {
    modes: ['document', 'nationality', 'lineage'],
    lineage: 'father',
    specs: [
      {
        sex: 'male',
        given: 'Mohammed',
        father: 'Abdullah',
        grandfather: null,
        family: 'Al-Mutairi',
        nat: 'KW',
        alt: ['SA'],
      },
      {
        sex: 'male',
        given: 'Abdullah',
        father: 'Mohammed',
        grandfather: null,
        family: 'Al-Enezi',
        nat: 'KW',
        alt: ['SA'],
      },
      {
        sex: 'female',
        given: 'Noura',
        father: 'Mohammed',
        grandfather: null,
        family: 'Al-Shammari',
        nat: 'SA',
        alt: ['KW'],
      },
      {
        sex: 'male',
        given: 'Fahad',
        father: 'Mohammed',
        grandfather: null,
        family: 'Al-Otaibi',
        nat: 'SA',
        alt: ['KW'],
      },
      {
        sex: 'female',
        given: 'Fatima',
        father: 'Ali',
        grandfather: null,
        family: 'Al-Dosari',
        nat: 'KW',
        alt: ['SA', 'BH'],
      },
    ],
  },
  egyptian: {
    modes: ['document', 'nationality', 'lineage'],
    lineage: 'family',
    specs: [
      { sex: 'male', given: 'Mohamed', father: 'Ahmed', grandfather: 'Ali', family: null, alt: ['SD'] },
      { sex: 'male', given: 'Ahmed', father: 'Mohamed', grandfather: 'Hassan', family: null, alt: ['SD'] },
      { sex: 'female', given: 'Fatma', father: 'Mohamed', grandfather: 'Ali', family: null, alt: ['SD'] },
      { sex: 'male', given: 'Mahmoud', father: 'Mohamed', grandfather: 'Ibrahim', family: null, alt: ['LY'] },
      { sex: 'female', given: 'Mona', father: 'Ahmed', grandfather: 'Mahmoud', family: null, alt: ['SD'] },
    ],
  },
  syrian: {
    modes: ['document', 'nationality', 'lineage'],
    lineage: 'father',
    specs: [
      { sex: 'male', given: 'Mohammad', father: 'Ahmad', family: 'Al-Ahmad', alt: ['JO'] },
      { sex: 'male', given: 'Ahmad', father: 'Mohammad', family: 'Al-Ali', alt: ['LB', 'JO'] },
      { sex: 'female', given: 'Fatima', father: 'Mohammad', family: 'Al-Hassan', alt: ['JO', 'IQ'] },
      { sex: 'male', given: 'Mohammad', father: 'Ali', family: 'Al-Hassan', alt: ['IQ'] },
      {
        sex: 'female',
        given: 'Nour',
        father: 'Mohammad',
        family: 'Al-Ali',
        alt: ['JO'],
        modes: ['sex', 'document'],
      },
    ],
  },
  'south-asian': {
    modes: ['document', 'nationality'],
    specs: [
      { sub: 'pk', sex: 'male', prefix: false, given: 'Mohammad', family: 'Ali', alt: ['IN', 'BD'] },
      { sub: 'bd', sex: 'male', prefix: false, given: 'Mohammed', family: 'Rahman', alt: ['IN'] },
      { sub: 'bd', sex: 'female', prefix: false, given: 'Nasrin', family: 'Akter', alt: ['IN'] },
      { sub: 'in-hindu', sex: 'male', given: 'Ramesh', given2: 'Kumar', family: null, alt: ['NP'] },
      { sub: 'in-hindu', sex: 'female', given: 'Sunita', given2: 'Devi', family: null, alt: ['NP'] },
      { sub: 'pk', sex: 'male', prefix: true, given: 'Imran', family: null, alt: ['IN'] },
    ],
  },
  filipino: {
    modes: ['document', 'lineage'],
    lineage: 'middle',
    specs: [
      { sex: 'female', given: 'Maria', middle: 'Cruz', family: 'Santos' },
      { sex: 'female', given: 'Maria Cristina', middle: 'Reyes', family: 'Santos' },
      { sex: 'female', given: 'Jennifer', middle: 'Garcia', family: 'Dela Cruz' },
      { sex: 'female', given: 'Mary Joy', middle: 'Ramos', family: 'Reyes' },
      { sex: 'male', given: 'Mark Anthony', middle: 'Santos', family: 'Cruz' },
    ],
  },
  ethiopian: {
    modes: ['document', 'lineage'],
    lineage: 'grandfather',
    specs: [
      { sex: 'male', muslim: false, given: 'Abebe', father: 'Kebede', grandfather: 'Alemu' },
      { sex: 'female', muslim: false, given: 'Tigist', father: 'Abebe', grandfather: 'Bekele' },
      { sex: 'female', muslim: false, given: 'Meseret', father: 'Tadesse', grandfather: 'Worku' },
      {
        sex: 'male',
        muslim: true,
        given: 'Mohammed',
        father: 'Ahmed',
        grandfather: 'Ali',
        alt: ['SO'],
        modes: ['nationality', 'document'],
      },
      {
        sex: 'male',
        muslim: false,
        given: 'Yohannes',
        father: 'Tesfaye',
        grandfather: 'Haile',
        alt: ['ER'],
        modes: ['nationality', 'lineage'],
      },
      {
        sex: 'female',
        muslim: false,
        given: 'Desta',
        father: 'Alemu',
        grandfather: 'Gebre',
        modes: ['sex', 'document'],
      },
      {
        sex: 'female',
        muslim: false,
        given: 'Mulu',
        father: 'Gebre',
        grandfather: 'Haile',
        modes: ['sex', 'lineage'],
      },
    ],
  },
  'sri-lankan': {
    modes: ['document'],
    specs: [
      { sub: 'sinhala', ge: null, sex: 'male', given: 'Nimal', given2: null, family: 'Perera' },
      { sub: 'sinhala', ge: null, sex: 'female', given: 'Chandrika', given2: 'Kumari', family: 'Perera' },
      { sub: 'sinhala', ge: null, sex: 'female', given: 'Nadeeka', given2: null, family: 'Fernando' },
      { sub: 'sinhala', ge: null, sex: 'male', given: 'Chaminda', given2: null, family: 'Silva' },
      {
        sub: 'tamil',
        sex: 'male',
        given: 'Sivakumar',
        father: 'Selvarajah',
        alt: ['IN'],
        modes: ['nationality', 'document'],
      },
      {
        sub: 'tamil',
        sex: 'female',
        given: 'Selvarani',
        father: 'Murugesu',
        alt: ['IN'],
        modes: ['nationality', 'document'],
      },
    ],
  },
  nepali: {
    modes: ['document', 'nationality'],
    specs: [
      { sex: 'male', given: 'Ram', given2: 'Bahadur', family: 'Thapa', alt: ['IN'] },
      { sex: 'female', given: 'Sita', given2: 'Kumari', family: 'Thapa', alt: ['IN'] },
      { sex: 'female', given: 'Laxmi', given2: null, family: 'Gurung', alt: ['IN', 'BT'] },
      { sex: 'female', given: 'Maya', given2: null, family: 'Tamang', alt: ['IN'] },
      { sex: 'male', given: 'Krishna', given2: 'Bahadur', family: 'Shrestha', alt: ['IN'] },
    ],
  },
};

/** Scripts of two different people's records: mostly Latin, Arabic where the names are Arabic. */
function differentScripts(community, A, B) {
  const r = random();
  if (ARABIC_NAMED.has(community)) {
    if (r < 0.45) A.script = B.script = 'latin';
    else if (r < 0.7) A.script = B.script = 'arabic';
    else if (r < 0.88) [A.script, B.script] = ['both', 'latin'];
    else [A.script, B.script] = ['arabic', 'latin'];
  } else if (r < 0.8) A.script = B.script = 'latin';
  else [A.script, B.script] = ['both', 'latin'];
}

function birthGap(a, b) {
  const days = Math.abs(daysBetween(a, b));
  if (days === 0) return 'same date of birth';
  const years = Math.abs(ageAt(a < b ? a : b, a < b ? b : a));
  return years >= 1
    ? `born ${a} and ${b} (${years} year${years > 1 ? 's' : ''} apart)`
    : `born ${a} and ${b}`;
}
const joinWords = (words) =>
  words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];

function finishDifferent(category, community, A, B, why, nameDiff) {
  const [a, b] = chance(0.5) ? [record(A), record(B)] : [record(B), record(A)];
  return { label: 'different', category, community, why: why.join('; '), a, b, nameDiff };
}

const DIFFERENT = {
  'skeleton-collision'(community, k) {
    const spec = COLLISIONS[community][k % COLLISIONS[community].length];
    const [first, second] = twoReferralDates();
    const pa = person(community, {
      ...spec.o,
      sex: spec.sex,
      [spec.role]: spec.x,
      avoid: [spec.x, spec.y],
      on: first,
    });
    const pb = relative(pa, {
      parts: pa.parts.map((p) => (p.role === spec.role ? part(p.role, spec.y) : clonePart(p))),
      sex: spec.ySex ?? pa.sex,
    });
    const sameBirth = chance(0.6);
    if (!sameBirth)
      pb.dob = shiftBirth(
        pa.dob,
        pick([-1, 1]) * (chance(0.5) ? int(30, 330) : int(2, 9) * 365 + int(-20, 20)),
        second,
      );
    const A = side(pa, first);
    const B = side(pb, second);
    differentScripts(community, A, B);
    const r = random();
    if (r < 0.25) {
      const [s, p] = pick([
        [A, pa],
        [B, pb],
      ]);
      s.docs = [doc(p, 'passport')];
    }
    const both = r >= 0.75;
    if (both) {
      A.docs = [doc(pa, 'passport')];
      B.docs = [doc(pb, 'passport')];
    }
    const tx = tok(spec.x);
    const ty = tok(spec.y);
    const arabic = ARABIC_NAMED.has(community) ? ` (${tx.a} / ${ty.a})` : '';
    const roleWord = ROLE_WORD[spec.role].replace(/name$/, 'names');
    const why = [`${roleWord} ${spec.x} and ${spec.y}${arabic} share the consonants ${spec.c}`];
    if (spec.ySex) why.push('one female, one male');
    why.push(
      sameBirth
        ? 'rest of the name, date of birth and nationality the same'
        : `rest of the name the same; ${birthGap(pa.dob, pb.dob)}`,
    );
    if (both) why.push(`${docPhrase(A.docs[0])}s with different numbers`);
    return finishDifferent('skeleton-collision', community, A, B, why, [spec.x, spec.y]);
  },

  'common-name'(community, k) {
    const table = COMMON[community];
    const spec = table.specs[k % table.specs.length];
    const modes = spec.modes ?? table.modes;
    const mode = modes[(k + Math.floor(k / table.specs.length)) % modes.length];
    const o = { ...spec };
    delete o.alt;
    delete o.modes;
    const alt = spec.alt;
    const [first, second] = twoReferralDates();
    const pa = person(community, { ...o, on: first });
    const pb = relative(pa, {});
    const why = [];
    let nameDiff;
    let docType = 'passport';
    if (mode === 'document') {
      if (community === 'sri-lankan' && chance(0.5)) docType = 'national_id';
      else if (chance(0.25)) docType = 'civil_id';
    } else if (mode === 'nationality') pb.nat = pick(alt);
    else if (mode === 'sex') pb.sex = otherSex(pa.sex);
    else {
      const role = table.lineage;
      const pool = {
        father: givenPool(pa, 'male'),
        grandfather: givenPool(pa, 'male'),
        family: EG_LAST,
        middle: PH_SUR,
      }[role];
      const taken = pa.parts.map(latinOf);
      const x = pa.parts.find((p) => p.role === role)?.t.l[0] ?? other(pool, taken);
      const y = other(pool, [...taken, x]);
      if (!pa.parts.some((p) => p.role === role)) pa.parts.push(part(role, x));
      pb.parts = pa.parts.map((p) => (p.role === role ? part(role, y) : clonePart(p)));
      nameDiff = [x, y];
      why.push(`${ROLE_WORD[role]} differs ('${x}' / '${y}')`);
    }
    const common = latinName(pa.parts.filter((p) => p.role !== (mode === 'lineage' ? table.lineage : '')));
    why.unshift(`very common name '${common}' and the same date of birth`);
    const A = side(pa, first);
    const B = side(pb, second);
    differentScripts(community, A, B);
    if (mode === 'document' || chance(0.3)) {
      A.docs = [doc(pa, docType)];
      B.docs = [doc(pb, docType)];
    }
    if (mode === 'document') why.push(`${docPhrase(A.docs[0])}s with different numbers`);
    if (mode === 'nationality')
      why.push(
        `${ADJECTIVE[pa.nat]} on one record, ${ADJECTIVE[pb.nat]} on the other${A.docs ? ', with their own passports' : ''}`,
      );
    if (mode === 'sex') why.push('one female, one male');
    return finishDifferent('common-name', community, A, B, why, nameDiff);
  },

  siblings(community, k) {
    const o = {};
    let mixed = true;
    if (community === 'south-asian') {
      o.sub = ['in-hindu', 'pk', 'bd', 'in-christian'][k % 4];
      if (o.sub === 'in-hindu') o.family = pick(IN_FAM);
      if (o.sub === 'pk') o.family = pick(PK_FAMILY);
      if (o.sub === 'bd') {
        o.sex = pickSex({});
        o.family = pick(o.sex === 'male' ? BD_FAM_M : BD_FAM_F);
        mixed = false;
      }
    }
    if (community === 'sri-lankan') o.sub = k % 3 === 2 ? 'tamil' : 'sinhala';
    if (community === 'sri-lankan' && o.sub === 'sinhala') o.ge = null;
    const [first, second] = twoReferralDates();
    const pa = person(community, { ...o, on: first });
    const sexB = mixed && chance(0.5) ? otherSex(pa.sex) : pa.sex;
    const givenA = pa.parts.find((p) => p.role === 'given');
    const newGiven = other(givenPool(pa, sexB), [givenA.t.l[0], ...pa.parts.map(latinOf)]);
    const parts = pa.parts
      .filter((p) => !(p.role === 'prefix' && sexB !== pa.sex))
      .map((p) => {
        if (p.role === 'given') return part('given', newGiven);
        if (p.role === 'given2' && sexB !== pa.sex) return part('given2', given2For(pa, sexB, newGiven));
        return clonePart(p);
      });
    const twins = k % 5 === 3;
    let dob = pa.dob;
    if (!twins) dob = shiftBirth(pa.dob, pick([-1, 1]) * (int(1, 8) * 365 + int(-40, 60)), second);
    const pb = relative(pa, { parts, sex: sexB, dob });
    const A = side(pa, first);
    const B = side(pb, second);
    differentScripts(community, A, B);
    const r = random();
    if (r < 0.35 || (twins && r < 0.6)) {
      A.docs = [doc(pa, 'passport')];
      B.docs = [doc(pb, 'passport')];
    } else if (r < 0.6) {
      const [s, p] = pick([
        [A, pa],
        [B, pb],
      ]);
      s.docs = [doc(p, 'passport')];
    }
    if (!twins && Math.abs(daysBetween(pa.dob, pb.dob)) > 3 * 365 && chance(0.25)) {
      const s = pick([A, B].filter((x) => !x.docs));
      if (s) {
        s.age = ageAt(s.dob, s.referredOn);
        s.dob = undefined;
      }
    }
    const shared = parts.filter(
      (p) => !['given', 'prefix'].includes(p.role) && pa.parts.some((q) => sameName(q.t, p.t)),
    );
    const roleWords = [...new Set(shared.map((p) => ROLE_WORD[p.role].replace(/ name$/, '')))];
    const label = `${joinWords(roleWords)} name${roleWords.length > 1 ? 's' : ''}`;
    const why = [
      `${twins ? 'twins' : sexB === pa.sex ? (sexB === 'male' ? 'brothers' : 'sisters') : 'brother and sister'}: same ${label} '${latinName(shared)}'`,
      `given names ${givenA.t.l[0]} and ${newGiven}`,
      twins ? `same date of birth ${pa.dob}` : birthGap(pa.dob, pb.dob),
    ];
    if (sexB !== pa.sex) why.push('one female, one male');
    if (A.docs && B.docs) why.push(`${docPhrase(A.docs[0])}s with different numbers`);
    return finishDifferent('siblings', community, A, B, why, [givenA.t.l[0], newGiven]);
  },

  'father-son'(community, k) {
    const KINDS = {
      'gulf-arabic': ['father-son', 'father-son', 'father-daughter'],
      egyptian: ['father-son', 'father-son', 'father-daughter'],
      syrian: ['father-son', 'father-daughter', 'father-son'],
      ethiopian: ['father-son', 'father-daughter', 'father-son'],
      'south-asian': ['father-son'],
      filipino: ['father-son-jr', 'mother-daughter', 'father-son'],
      'sri-lankan': ['father-son', 'mother-daughter', 'father-daughter'],
      nepali: ['father-son', 'mother-daughter'],
    }[community];
    const kind = KINDS[k % KINDS.length];
    const parentSex = kind === 'mother-daughter' ? 'female' : 'male';
    const childSex = kind.endsWith('daughter') ? 'female' : 'male';
    const o = { sex: parentSex };
    if (community === 'south-asian') {
      o.sub = ['pk', 'in-christian', 'in-hindu', 'bd'][k % 4];
      if (o.sub === 'in-hindu') o.family = pick(IN_FAM);
      if (o.sub === 'bd') {
        o.prefix = true;
        o.family = pick(BD_FAM_M);
      }
    }
    if (community === 'sri-lankan')
      Object.assign(o, kind === 'mother-daughter' ? { sub: 'sinhala', ge: null } : { sub: 'tamil' });

    let parentDob;
    let childDob;
    for (;;) {
      parentDob = birthDateForAge(int(40, 66), referralDate());
      childDob = addDays(addYears(parentDob, int(18, 38)), int(-120, 120));
      const gap = ageAt(parentDob, childDob);
      if (gap >= 18 && gap <= 40 && ageAt(childDob, REFERRED_FROM) >= 15) break;
    }
    const pa = person(community, { ...o, dob: parentDob });
    const roleOf = (role) => pa.parts.find((p) => p.role === role);
    const newGiven = (avoid = []) => other(givenPool(pa, childSex), [...pa.parts.map(latinOf), ...avoid]);
    const given = roleOf('given');
    let parts;
    if (
      community === 'gulf-arabic' ||
      community === 'egyptian' ||
      community === 'ethiopian' ||
      community === 'syrian'
    ) {
      // Patronymic chains: the child's father's name is the parent's given name, and so on up.
      const chain = pa.parts.filter((p) => p.role !== 'family' || community === 'egyptian');
      const family = community === 'egyptian' ? null : roleOf('family');
      const roles = chain.map((p) => p.role);
      parts = [
        part('given', newGiven()),
        ...chain.slice(0, -1).map((p, i) => ({ ...clonePart(p), role: roles[i + 1] })),
      ];
      if (family) parts.push(clonePart(family));
    } else if (community === 'south-asian') {
      if (pa.sub === 'pk' || pa.sub === 'in-christian')
        parts = [
          ...pa.parts.filter((p) => p.role === 'prefix').map(clonePart),
          part('given', newGiven()),
          { ...clonePart(given), role: 'family' },
        ];
      else parts = pa.parts.map((p) => (p.role === 'given' ? part('given', newGiven()) : clonePart(p)));
    } else if (community === 'filipino') {
      if (kind === 'mother-daughter')
        parts = pa.parts.map((p) => (p.role === 'given' ? part('given', newGiven()) : clonePart(p)));
      else {
        const mother = other(PH_SUR, pa.parts.map(latinOf));
        parts = [
          kind === 'father-son-jr' ? clonePart(given) : part('given', newGiven()),
          part('middle', mother),
          clonePart(roleOf('family')),
        ];
        if (kind === 'father-son-jr') parts.push({ role: 'suffix', t: JR });
      }
    } else if (community === 'sri-lankan' && pa.sub === 'tamil')
      parts = [part('given', newGiven()), { ...clonePart(given), role: 'father' }];
    else {
      parts = pa.parts.map((p) => {
        if (p.role === 'given') return part('given', newGiven());
        if (p.role === 'given2' && community === 'sri-lankan')
          return part('given2', given2For(pa, childSex, ''));
        return clonePart(p);
      });
    }
    const pb = relative(pa, { parts, sex: childSex, dob: childDob });
    const [first, second] = twoReferralDates();
    const A = side(pa, first);
    const B = side(pb, second);
    differentScripts(community, A, B);
    const r = random();
    if (r < 0.3) {
      A.docs = [doc(pa, 'passport')];
      B.docs = [doc(pb, 'passport')];
    } else if (r < 0.55) B.docs = [doc(pb, 'passport')];
    if (chance(0.2) && !A.docs) {
      A.age = ageAt(A.dob, A.referredOn);
      A.dob = undefined;
    }
    const shared = parts.filter((p) => p.role !== 'prefix' && pa.parts.some((q) => sameName(q.t, p.t)));
    const relation = {
      'father-son': 'father and son',
      'father-son-jr': 'father and son (Jr.)',
      'father-daughter': 'father and daughter',
      'mother-daughter': 'mother and daughter',
    }[kind];
    const why = [
      `${relation}: '${latinName(pa.parts)}' and '${latinName(parts)}', the child's name carrying '${latinName(shared)}'`,
      birthGap(parentDob, childDob),
    ];
    if (childSex !== parentSex) why.push('one female, one male');
    const childGiven = parts.find((p) => p.role === 'given').t.l[0];
    return finishDifferent(
      'father-son',
      community,
      A,
      B,
      why,
      childGiven === given.t.l[0] ? undefined : [given.t.l[0], childGiven],
    );
  },

  'other-documents'(community, k) {
    let o = {};
    let alt;
    switch (community) {
      case 'gulf-arabic':
        o = { family: pick(SHARED_TRIBES), nat: pick(['KW', 'SA']) };
        alt = o.nat === 'KW' ? ['SA', 'SA', 'BH', 'QA'] : ['KW', 'KW', 'QA', 'AE'];
        break;
      case 'egyptian':
        alt = ['SD', 'SD', 'LY'];
        break;
      case 'syrian':
        alt = ['JO', 'LB', 'IQ'];
        break;
      case 'south-asian':
        o.sub = ['pk', 'bd', 'in-muslim', 'in-hindu'][k % 4];
        alt = { pk: ['IN'], bd: ['IN'], 'in-muslim': ['PK', 'BD'] }[o.sub];
        if (o.sub === 'in-hindu') {
          o.family = pick(['Yadav', 'Sharma', 'Singh', 'Das']);
          alt = o.family === 'Das' ? ['BD'] : ['NP'];
        }
        break;
      case 'ethiopian':
        if (k % 3 === 0) {
          o = { muslim: true };
          alt = ['SO', 'SD'];
        } else {
          o = { muslim: false, sex: pickSex({}) };
          o.given = pick(o.sex === 'male' ? TIGRINYA_M : TIGRINYA_F);
          o.father = other(TIGRINYA_M, [o.given]);
          o.grandfather = chance(0.5) ? other(TIGRINYA_M, [o.given, o.father]) : null;
          alt = ['ER'];
        }
        break;
      case 'sri-lankan':
        o = { sub: 'tamil' };
        alt = ['IN'];
        break;
      default: {
        const bhutan = k % 3 === 1;
        o = { family: pick(bhutan ? NP_FAM_BT : NP_FAM_IN) };
        alt = [bhutan ? 'BT' : 'IN'];
      }
    }
    const [first, second] = twoReferralDates();
    const pa = person(community, { ...o, on: first });
    const pb = relative(pa, { nat: pick(alt) });
    const why = [];
    let spelled = '';
    if (chance(0.35)) {
      const candidates = pb.parts.filter((p) => altSpellings(p).length > 0);
      if (candidates.length) {
        const p = pick(candidates);
        const before = latinOf(p);
        p.v = p.t.l.indexOf(pick(altSpellings(p)));
        spelled = ` (spelled '${before}' / '${latinOf(p)}')`;
      }
    }
    const r = random();
    if (r >= 0.55)
      pb.dob =
        r < 0.85
          ? addDays(pa.dob, pick([-1, 1]) * int(1, 45))
          : `${pa.dob.slice(0, 4)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const A = side(pa, first);
    const B = side(pb, second);
    if (spelled) A.script = B.script = 'latin';
    else differentScripts(community, A, B);
    const d = random();
    A.docs = [doc(pa, 'passport')];
    if (d < 0.7) B.docs = [doc(pb, 'passport')];
    else if (d < 0.9) B.docs = [doc(pb, idCardType(pb))];
    why.push(`same name${spelled}, ${birthGap(pa.dob, pb.dob)}`);
    const docsOf = (s) => (s.docs ? ` and ${DOC_WORD[s.docs[0].type]}` : '');
    why.push(
      `${ADJECTIVE[pa.nat]} nationality${docsOf(A)} on one record, ${ADJECTIVE[pb.nat]} nationality${docsOf(B)} on the other`,
    );
    return finishDifferent('other-documents', community, A, B, why);
  },
};

// ---------------------------------------------------------------------------------------------------
// Build, check, count, write

function build() {
  const pairs = [];
  for (const [label, categories] of Object.entries(PLAN))
    for (const [category, count] of Object.entries(categories)) {
      const communities =
        category === 'other-documents' ? COMMUNITIES.filter((c) => c !== 'filipino') : COMMUNITIES;
      const offset = Object.keys(categories).indexOf(category);
      const seen = {};
      for (let i = 0; i < count; i += 1) {
        const community = communities[(i + offset) % communities.length];
        const k = (seen[community] = (seen[community] ?? -1) + 1);
        pairs.push(label === 'same' ? samePair(category, community) : DIFFERENT[category](community, k));
      }
    }
  return pairs.map(({ nameDiff, ...pair }, i) => ({
    id: `P${pad(i + 1, 4)}`,
    ...pair,
    nameDiff,
  }));
}

const LATIN_NAME = /^[A-Za-z\u00C0-\u024F\s'.-]+$/;
const ARABIC_NAME = /^[\u0600-\u06FF\u0750-\u077F\s'-]+$/;
const DOCUMENT_NUMBER = /^[A-Za-z0-9-]{3,30}$/;
const normalNumber = (n) => n.toUpperCase().replace(/[^A-Z0-9]/g, '');

function checkPerson(id, who, p) {
  const fail = (what) => {
    throw new Error(`${id}.${who}: ${what}`);
  };
  if (!p.names || (!p.names.arabic && !p.names.latin)) fail('no name');
  if (p.names.latin !== undefined && !LATIN_NAME.test(p.names.latin)) fail(`latin name '${p.names.latin}'`);
  if (p.names.arabic !== undefined && !ARABIC_NAME.test(p.names.arabic))
    fail(`arabic name '${p.names.arabic}'`);
  if (!p.referredOn || !isCalendarDate(p.referredOn)) fail('no referredOn');
  if (p.referredOn < REFERRED_FROM || p.referredOn > REFERRED_TO) fail(`referredOn ${p.referredOn}`);
  if (p.estimatedAge !== undefined && p.dateOfBirth !== undefined) fail('estimatedAge with a dateOfBirth');
  if (
    p.estimatedAge !== undefined &&
    (!Number.isInteger(p.estimatedAge) || p.estimatedAge < 0 || p.estimatedAge > 120)
  )
    fail(`estimatedAge ${p.estimatedAge}`);
  if (p.dateOfBirth !== undefined && (!isCalendarDate(p.dateOfBirth) || p.dateOfBirth >= p.referredOn))
    fail(`dateOfBirth ${p.dateOfBirth}`);
  const age = p.dateOfBirth ? ageAt(p.dateOfBirth, p.referredOn) : p.estimatedAge;
  if (age !== undefined && (age < 14 || age > 75)) fail(`aged ${age} when referred`);
  if (!['female', 'male'].includes(p.sex)) fail(`sex ${p.sex}`);
  if (!p.nationalities?.length || !p.nationalities.every((n) => /^[A-Z]{2}$/.test(n) && ADJECTIVE[n]))
    fail('nationalities');
  for (const d of p.documents ?? []) {
    if (!['passport', 'national_id', 'civil_id'].includes(d.type)) fail(`document type ${d.type}`);
    if (!DOCUMENT_NUMBER.test(d.number)) fail(`document number ${d.number}`);
    if (!ADJECTIVE[d.issuingCountry]) fail(`issuing country ${d.issuingCountry}`);
  }
}

/** What a careful reviewer could tell two records apart by. */
function evidence(pair) {
  const { a, b } = pair;
  const found = [];
  if (a.sex !== b.sex) found.push('sex');
  if (!a.nationalities.some((n) => b.nationalities.includes(n))) found.push('nationality');
  for (const da of a.documents ?? [])
    for (const db of b.documents ?? [])
      if (
        da.type === db.type &&
        da.issuingCountry === db.issuingCountry &&
        normalNumber(da.number) !== normalNumber(db.number)
      )
        found.push('document');
  if (a.dateOfBirth && b.dateOfBirth && Math.abs(daysBetween(a.dateOfBirth, b.dateOfBirth)) >= 2 * 365)
    found.push('birth-date');
  const [dob, aged] = a.dateOfBirth ? [a, b] : [b, a];
  if (
    dob.dateOfBirth &&
    aged.estimatedAge !== undefined &&
    Math.abs(ageAt(dob.dateOfBirth, aged.referredOn) - aged.estimatedAge) >= 3
  )
    found.push('birth-date');
  if (pair.nameDiff && !sameName(tok(pair.nameDiff[0]), tok(pair.nameDiff[1]))) found.push('name');
  return [...new Set(found)];
}

function check(pairs) {
  const fail = (what) => {
    throw new Error(what);
  };
  const ids = new Set(pairs.map((p) => p.id));
  if (ids.size !== pairs.length) fail('pair ids are not unique');
  for (const pair of pairs) {
    const { id, a, b } = pair;
    if (!['same', 'different'].includes(pair.label)) fail(`${id}: label ${pair.label}`);
    if (!PLAN[pair.label][pair.category]) fail(`${id}: category ${pair.category}`);
    if (!COMMUNITIES.includes(pair.community)) fail(`${id}: community ${pair.community}`);
    if (!pair.why) fail(`${id}: no why`);
    checkPerson(id, 'a', a);
    checkPerson(id, 'b', b);
    if (pair.label === 'same') {
      if (a.sex !== b.sex) fail(`${id}: same person of two sexes`);
      if (!a.nationalities.some((n) => b.nationalities.includes(n)))
        fail(`${id}: same person, no shared nationality`);
      const found = evidence(pair);
      if (found.includes('document') || found.includes('birth-date'))
        fail(`${id}: same person with ${found}`);
      if (a.dateOfBirth && b.dateOfBirth && a.dateOfBirth !== b.dateOfBirth) {
        const [ya, ma, da] = a.dateOfBirth.split('-');
        const [yb, mb, db] = b.dateOfBirth.split('-');
        const swapped = ya === yb && ma === db && da === mb && +ma <= 12 && +da <= 12;
        if (pair.category !== 'date-swap' || !swapped) fail(`${id}: dates of birth differ`);
      }
      for (const [x, y] of [
        [a, b],
        [b, a],
      ])
        if (
          x.dateOfBirth &&
          y.estimatedAge !== undefined &&
          Math.abs(ageAt(x.dateOfBirth, y.referredOn) - y.estimatedAge) > 1
        )
          fail(`${id}: estimated age ${y.estimatedAge} does not fit ${x.dateOfBirth}`);
      if (
        pair.category === 'year-only' &&
        !((a.dateOfBirth && b.estimatedAge !== undefined) || (b.dateOfBirth && a.estimatedAge !== undefined))
      )
        fail(`${id}: year-only pair without a date of birth and an estimated age`);
      if (pair.category === 'date-swap' && a.dateOfBirth === b.dateOfBirth)
        fail(`${id}: date-swap with equal dates`);
      if (pair.category === 'shared-document') {
        const shared = (a.documents ?? []).some((da) =>
          (b.documents ?? []).some(
            (db) => da.type === db.type && normalNumber(da.number) === normalNumber(db.number),
          ),
        );
        if (!shared) fail(`${id}: shared-document pair without a shared document`);
      }
      if (
        JSON.stringify(a.names) === JSON.stringify(b.names) &&
        !['date-swap', 'year-only'].includes(pair.category)
      )
        fail(`${id}: ${pair.category} pair with identical names`);
    } else {
      const found = evidence(pair);
      if (found.length === 0) fail(`${id}: different people nothing tells apart`);
      if (pair.category === 'skeleton-collision' && !found.includes('name')) fail(`${id}: no differing name`);
      if (pair.category === 'father-son' && !found.includes('birth-date'))
        fail(`${id}: parent and child not years apart`);
      if (pair.category === 'other-documents' && !found.includes('nationality'))
        fail(`${id}: same nationality`);
    }
  }
  const count = (filter) => pairs.filter(filter).length;
  if (pairs.length < MINIMUM.total) fail(`only ${pairs.length} pairs`);
  for (const [label, categories] of Object.entries(PLAN)) {
    for (const category of Object.keys(categories)) {
      const n = count((p) => p.label === label && p.category === category);
      if (n < MINIMUM[label]) fail(`${label}/${category}: ${n} pairs, fewer than ${MINIMUM[label]}`);
    }
    for (const community of COMMUNITIES) {
      const n = count((p) => p.label === label && p.community === community);
      if (n < MINIMUM.perCommunityAndLabel) fail(`${label}/${community}: only ${n} pairs`);
    }
  }
  const same = count((p) => p.label === 'same');
  if (Math.abs(same - (pairs.length - same)) > pairs.length * 0.1) fail(`unbalanced labels: ${same} same`);
}

function table(title, rows, columns, cell) {
  const width = Math.max(...rows.map((r) => r.length), title.length) + 2;
  const header = [title.padEnd(width), ...columns.map((c) => c.padStart(10))].join('');
  console.log(header);
  for (const row of rows)
    console.log([row.padEnd(width), ...columns.map((c) => String(cell(row, c)).padStart(10))].join(''));
}

/** JSON as prettier writes it: objects one key a line, short arrays of plain values on one line. */
function toJson(value, indent = '', prefixLength = 0) {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (prefixLength + flat.length + 1 <= 110) return flat;
    }
    return `[\n${value.map((v) => `${inner}${toJson(v, inner, inner.length)}`).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    const lines = entries.map(([k, v]) => {
      const key = `${inner}${JSON.stringify(k)}: `;
      return `${key}${toJson(v, inner, key.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const pairs = build();
check(pairs);
/** The pairs as written: without the differing names the checks used. */
const output = pairs.map((pair) => {
  const out = { ...pair };
  delete out.nameDiff;
  return out;
});

const labels = Object.keys(PLAN);
table(
  'category',
  [...new Set(pairs.map((p) => p.category))],
  labels,
  (row, label) => pairs.filter((p) => p.category === row && p.label === label).length,
);
console.log('');
table(
  'community',
  COMMUNITIES,
  labels,
  (row, label) => pairs.filter((p) => p.community === row && p.label === label).length,
);
console.log('');
table('total', ['pairs'], labels, (_row, label) => pairs.filter((p) => p.label === label).length);

const file = path.join(ROOT, OUTPUT);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(
  file,
  `${toJson({
    version: 1,
    generatedBy: GENERATED_BY,
    note: 'Generated combinations of common names; no real person.',
    pairs: output,
  })}\n`,
);
console.log(`\nwrote ${OUTPUT}: ${output.length} pairs`);
