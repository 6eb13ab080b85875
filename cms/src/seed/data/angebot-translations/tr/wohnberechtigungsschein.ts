import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Sosyal konut için konut hak belgesi (Wohnberechtigungsschein – WBS)',
  summary:
    "Devlet destekli konutlar (sosyal konutlar, Sozialwohnungen) düşük gelirli haneler içindir. Bunlara yalnızca konut hak belgesi (Wohnberechtigungsschein) olan taşınabilir – geliri NRW eyaletinin belirlediği sınırın altında olanlar için. Hamm'da WBS'yi belirli bir konut için belediye verir.",
  costs: "WBS'nin verilmesi için Hamm Belediyesi bir harç alır; miktarını konut tahsis birimi (Wohnungsbelegung) size söyler.",
  provider:
    'Hamm Belediyesi (Stadt Hamm) – Amt für Soziales, Wohnen und Pflege, konut ve bakım danışmanlığı, konut tahsis birimi (Wohnungsbelegung)',
  eligibilitySummary:
    "Almanya'da yalnızca geçici olarak yaşamayan, kalıcı olarak kendine ait bir konut arayan ve düzeltilmiş yıllık geliri § 13 WFNG NRW'ye göre sınırı aşmayan haneler için. Situations-Finder, geliriniz düşükse (yardım olmadan aileye tam yetmiyorsa) veya çalışarak kazanılan geliriniz olmadan temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) ya da sosyal yardım alıyorsanız WBS'yi “uygun” olarak gösterir. Orta düzeyde gelirde ve çalışarak kazanılan gelir yokken “belki uygun” gösterir: O zaman gelirin tam miktarı ve kişi sayısı belirleyicidir. Basitleştirme: Situations-Finder, iltica sürecindeki veya Duldung belgesi olan kişilere WBS'yi göstermez, çünkü yalnızca geçici olmayan bir oturum şartı vardır – bunun sizde olup olmadığını belediye her durumda ayrı ayrı kontrol eder.",
  synonyms:
    'konut hak belgesi, sosyal konut, ucuz ev, ucuz daire, devlet destekli konut, ev arıyorum, daire arıyorum, gelir sınırı, konut dairesi, WBS, Wohnberechtigungsschein, Sozialwohnung, Wohnungsbelegung, Bezugsgenehmigung, WFNG',
  steps: [
    "Hanenizin büyüklüğüne uygun, devlet desteğiyle yapılmış bir konut arayın, örneğin Hamm'daki konut şirketlerinde. Ev sahibine konut için WBS gerekip gerekmediğini sorun.",
    "Başvurunuzu Hamm Belediyesi'nin hizmet portalı (Serviceportal) üzerinden online olarak veya başvuru formuyla yapın. Tüm belgelerle birlikte e-postayla veya postayla Amt für Soziales, Wohnen und Pflege'ye gönderin ya da danışma saatlerinde götürün.",
    'Belediye yalnızca eksiksiz başvuruları işleme alır. Bu yüzden kendi geliri olan her kişi için belgeleri ekleyin.',
    "Gelir sınırı ve hangi gelirlerin sayıldığı hakkındaki sorularınızı Hamm Belediyesi'nin konut tahsis birimi (Wohnungsbelegung) cevaplar.",
  ],
  documents: [
    'Konut hakkı veya taşınma izni (Bezugsgenehmigung) başvurusu',
    'Taşınmak istediğiniz konutla ilgili bilgiler (konut teklifi veya ev sahibinin onayı)',
    'Hanede kendi geliri olan her kişi için gelir beyanı ve gelir belgeleri',
    'Kimlik kartı veya pasaport; Alman pasaportunuz yoksa oturum izniniz (Aufenthaltstitel)',
    'Varsa: ağır engelli kimliği (Schwerbehindertenausweis), bakım derecesi (Pflegegrad) belgesi, çocukların okul belgeleri',
  ],
  ruleTexts: {
    'Ihr Einkommen ist gering – damit liegen Sie unter der Einkommensgrenze für den Wohnberechtigungsschein.':
      'Geliriniz düşük – bu nedenle konut hak belgesi (WBS) için gelir sınırının altındasınız.',
    'Sie bekommen Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe und haben kein Einkommen aus Arbeit – damit liegen Sie unter der Einkommensgrenze.':
      'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım alıyorsunuz ve çalışarak kazandığınız geliriniz yok – bu nedenle gelir sınırının altındasınız.',
  },
} satisfies SeedAngebotTranslation
