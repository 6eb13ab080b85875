import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Bakım izni ve aile bakım izni (Pflegezeit und Familienpflegezeit)',
  summary:
    'Bakım dereceli yakınınıza – çocuğunuza da – bakıyor musunuz? Çalışanlar acil durumda on iş gününe kadar işe gelmeyip bakım destek parası (Pflegeunterstützungsgeld) alabilir. Ayrıca altı aya kadar bakım izni (Pflegezeit) veya 24 aya kadar aile bakım izni (Familienpflegezeit) var; faizsiz krediyle.',
  costs:
    "Çalışmadığınız süre için işveren genellikle maaş ödemez. Yılda on iş gününe kadar bakım destek parası vardır; bu çoğunlukla kaybedilen net maaşın yüzde 90'ıdır. BAFzA'nın kredisi faizsizdir, en fazla eksik kalan net maaşın yarısı, en az ayda 50 Euro'dur ve geri ödenmelidir.",
  provider:
    'İşvereniniz (izin); bakıma muhtaç kişinin bakım sigortası (Pflegekasse – bakım destek parası); Bundesamt für Familie und zivilgesellschaftliche Aufgaben (BAFzA – faizsiz kredi)',
  eligibilitySummary:
    "Bakıma muhtaç yakın bir akrabasına bakan veya ona göz kulak olan çalışanlar ve mesleki eğitim görenler için – bakım derecesi olan kendi çocukları da dahil. Yakın akrabalar arasında ebeveynler, kayınvalide ve kayınpeder, büyükanne ve büyükbabalar, eşler ve hayat partnerleri, evlilik benzeri birliktelikteki partnerler, kardeşler, çocuklar, üvey çocuklar, koruyucu aile çocukları, damatlar ve gelinler ve torunlar vardır. Acil durumda on güne kadar izin her işyerinde vardır; bakım izni 15'ten fazla, aile bakım izni 25'ten fazla çalışanı olan işyerlerinde. Situations-Finder bu hizmeti, hanedeki bir yetişkin bir işte çalışıyorsa veya mesleki eğitim görüyorsa ve hanedeki birinin bakım derecesi varsa gösterir. İşyerinizin büyüklüğünü bilmez. Sizinle yaşamayan bir akrabanıza bakıyorsanız – örneğin kendi evinde yaşayan annenize –, onu Situations-Finder'da belirtemezsiniz; izin hakkınız yine de vardır. Serbest çalışanların hakkı yoktur; memurlar için işverenlerinin (Dienstherr) kendi kuralları geçerlidir.",
  synonyms:
    'bakım izni, aile bakım izni, yarı zamanlı bakım, bakım için izin, bakım destek parası, acil bakım izni, on gün bakım izni, yakınına bakmak ve çalışmak, bakım ve iş, faizsiz bakım kredisi, bakım kredisi, bakımda işten çıkarılmaya karşı koruma, ölüm döşeğinde refakat, bakım derecesi olan çocuk, Pflegezeit, Familienpflegezeit, Pflegeunterstützungsgeld, BAFzA, Pflegedarlehen',
  steps: [
    'Acil durumda: İşvereninize bakım nedeniyle gelemeyeceğinizi ve ne kadar süre gelemeyeceğinizi hemen bildirin. Yakınınızın bakıma muhtaç olduğunu veya muhtemelen olacağını doktora belgeletin ve onun bakım sigortasına (Pflegekasse) bakım destek parası için başvurun.',
    'Bakım izni (Pflegezeit): Bunu başlangıçtan en geç on iş günü önce işvereninize yazılı olarak bildirin. Hangi dönem için ve ne ölçüde izin istediğinizi de yazın.',
    'Aile bakım izni (Familienpflegezeit): Bunu başlangıçtan en geç sekiz hafta önce yazılı olarak bildirin ve azaltılmış çalışma sürenizin nasıl dağıtılacağını işverenle yazılı olarak kararlaştırın.',
    "İşverene, bakım sigortasından veya Medizinischer Dienst'ten bakıma muhtaçlığı gösteren bir belge verin.",
    "İzin süresi için paraya ihtiyacınız varsa BAFzA'ya faizsiz kredi için başvurun. Formları ve bir hesaplayıcıyı wege-zur-pflege.de'de bulabilirsiniz.",
  ],
  documents: [
    'İşverene yazılı bildirim (bakım izni ve aile bakım izninde)',
    "Bakıma muhtaçlığın kanıtı: bakım sigortasının kararı veya Medizinischer Dienst'in raporu, acil durumda doktor belgesi",
    'Bakım destek parası için: bakılan kişinin bakım sigortasına başvuru',
    "Kredi için: maaşınızı ve kararlaştırılan izni gösteren belgelerle BAFzA'ya başvuru",
  ],
  ruleTexts: {
    'Sie sind berufstätig, und ein Mensch in Ihrem Haushalt hat einen Pflegegrad. Für seine Pflege können Sie sich ganz oder teilweise von der Arbeit freistellen lassen.':
      'Çalışıyorsunuz ve hanenizdeki bir kişinin bakım derecesi (Pflegegrad) var. Onun bakımı için işten tamamen veya kısmen izin alabilirsiniz.',
  },
} satisfies SeedAngebotTranslation
