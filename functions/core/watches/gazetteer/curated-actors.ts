import type { LexiconEntry } from '../watch-list.js';

/**
 * The armed actors of the Syrian and Iraqi wars, with the names the English,
 * French and Arabic press give them. Extends DEFAULT_ACTORS of
 * default-lexicon.ts, keeping its canonical names.
 *
 * - Acronyms only in capitals. Three capitals or fewer are so without being
 *   listed (isShortAcronym); longer ones are listed in exactCase. No acronym
 *   that is an ordinary word or another body's: never "IS", "TIP", "ANS" (French "years"),
 *   "PMU" (French betting), "ISF" (Lebanon's police too), "CTS".
 * - Names that are common words or a person's name appear only in a longer
 *   form: "Wagner Group", not "Wagner"; "تنظيم القاعدة", not "القاعدة" (the
 *   base, the rule); "لواء فاطميون", not "الفاطميون" (the Fatimids).
 * - The proclitics the press writes onto Arabic names (و ف ب ل) need no
 *   alias: the matcher reads past them.
 */


function actor(name: string, aliases: string[], extra: { exactCase?: string[]; mentions?: string[] } = {}): LexiconEntry {
  const e: LexiconEntry = { name, kind: 'actor', aliases: [...new Set(aliases.filter((a) => a !== name))] };
  return { ...e, ...(extra.exactCase ? { exactCase: extra.exactCase } : {}), ...(extra.mentions ? { mentions: extra.mentions } : {}) };
}

export const CURATED_ACTORS: readonly LexiconEntry[] = [
  // ------------------------------------------------------------ Jihadist groups
  actor('ISIS', [
    'ISIL', 'Islamic State', 'Islamic State group', 'so-called Islamic State', 'Islamic State of Iraq and Syria', 'Islamic State in Iraq and Syria',
    'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and al-Sham', 'Islamic State of Iraq and Sham',
    'Daesh', "Da'esh", 'Daech', 'Daiish', "Da'ish", 'Daesh group',
    'État islamique', 'Etat islamique', 'organisation État islamique', 'groupe État islamique', 'groupe Etat islamique', 'État islamique en Irak et au Levant', 'EI', 'EIIL',
    'داعش', 'الدولة الإسلامية', 'تنظيم الدولة', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية في العراق والشام', 'الدولة الاسلامية', 'تنظيم داعش',
  ], { exactCase: ['EIIL'] }),
  actor('Jabhat al-Nusra', [
    'al-Nusra Front', 'Nusra Front', 'al-Nusra', 'Nusra', 'Jabhat al-Nosra', 'Jabhat an-Nusra', 'Front al-Nosra', 'Front al-Nusra', 'al-Nosra', 'Nosra',
    'Jabhat Fateh al-Sham', 'Jabhat Fatah al-Sham', 'Fateh al-Sham Front', 'Front Fatah al-Cham', 'Fatah al-Cham', 'JFS',
    'جبهة النصرة', 'النصرة', 'جبهة فتح الشام',
  ]),
  actor('Hayat Tahrir al-Sham', [
    'HTS', "Hay'at Tahrir al-Sham", 'Hayat Tahrir al-Cham', 'Hayat Tahrir ash-Sham', "Hay'at Tahrir ash-Sham", 'Hayat Tahrir al-Sham', 'Hayaat Tahrir al-Sham', 'Tahrir al-Sham', 'Tahrir al-Cham', 'Hayat Tahrir al-Shams',
    'هيئة تحرير الشام', 'تحرير الشام',
  ]),
  // Not "القاعدة" alone: the base, the rule.
  actor('al-Qaeda', [
    'al-Qaida', 'al Qaeda', "al-Qa'ida", 'Al-Qaïda', 'Al-Qaida', 'al-Qaeda network', 'Qaeda', 'Qaida', "al-Qa'idah",
    'تنظيم القاعدة', 'القاعدة في بلاد الشام', 'القاعدة في العراق',
  ]),
  actor('Hurras al-Din', ["Hurras ad-Din", 'Huras al-Din', 'Hourras al-Din', 'Guardians of Religion', 'Tanzim Hurras al-Din', 'Hurras al-Deen', 'حراس الدين', 'تنظيم حراس الدين']),
  actor('Jund al-Aqsa', ['Djound al-Aqsa', 'Jund al-Aqsa', 'Soldiers of al-Aqsa', 'Jound al-Aqsa', 'جند الأقصى', 'جند الاقصى']),
  actor('Turkistan Islamic Party', ['Turkestan Islamic Party', 'Parti islamique du Turkestan', 'الحزب الإسلامي التركستاني', 'الحزب التركستاني']),
  actor('Jaysh Khalid ibn al-Walid', ['Jaish Khalid ibn al-Walid', 'Khalid ibn al-Walid Army', 'Jaysh Khalid bin al-Walid', 'Jaish Khalid bin al-Walid', 'armée Khalid ibn al-Walid', 'جيش خالد بن الوليد']),

  // ------------------------------------------------------------ Syrian opposition
  actor('Free Syrian Army', ['FSA', 'Armée syrienne libre', 'ASL', 'Syrian Free Army', 'الجيش السوري الحر', 'الجيش الحر']),
  actor('Syrian National Army', ['SNA', 'Turkish-backed Syrian National Army', 'Armée nationale syrienne', 'Turkish-backed Free Syrian Army', 'الجيش الوطني السوري']),
  actor('Ahrar al-Sham', ['Harakat Ahrar al-Sham', 'Ahrar ash-Sham', 'Ahrar al-Cham', 'Harakat Ahrar al-Sham al-Islamiyya', 'Ahrar al-Sham movement', 'أحرار الشام', 'حركة أحرار الشام', 'احرار الشام']),
  actor('Jaysh al-Islam', ['Jaish al-Islam', 'Jeish al-Islam', 'Jaïch al-Islam', 'Jaich al-Islam', 'Jaych al-Islam', 'Army of Islam', "Armée de l'islam", 'جيش الإسلام', 'جيش الاسلام']),
  actor('Faylaq al-Rahman', ['Failaq al-Rahman', 'Faylaq ar-Rahman', 'Feylaq al-Rahmane', 'Rahman Legion', 'فيلق الرحمن']),
  actor('Faylaq al-Sham', ['Failaq al-Sham', 'Faylaq ash-Sham', 'Faylaq al-Cham', 'Sham Legion', 'فيلق الشام']),
  actor('Nour al-Din al-Zenki', [
    'Nour al-Din al-Zenki Movement', 'Nour al-Din al-Zinki', 'Nur al-Din al-Zenki', 'Nour el-Din al-Zenki', 'Nureddin al-Zenki', 'Noureddine al-Zinki', 'Noureddine al-Zenki', 'Nour al-Dine al-Zinki',
    'Harakat Nour al-Din al-Zenki', 'Harakat Nur al-Din al-Zanki', 'Zenki movement', 'mouvement Noureddine al-Zinki', 'al-Zenki', 'al-Zinki',
    'حركة نور الدين الزنكي', 'نور الدين زنكي', 'نور الدين الزنكي',
  ]),
  actor('Jaysh al-Izza', ['Jaish al-Izza', 'Jaysh al-Izzah', "Jaish al-Izzah", 'Army of Glory', 'جيش العزة']),
  actor('Jaysh Maghawir al-Thawra', ['Maghawir al-Thawra', 'Maghawir al-Thawrah', 'Revolutionary Commando Army', 'Jaish Maghawir al-Thawra', 'جيش مغاوير الثورة', 'مغاوير الثورة']),
  actor('Sultan Murad Division', ['Sultan Murad Brigade', 'Firqat al-Sultan Murad', 'division Sultan Mourad', 'فرقة السلطان مراد']),
  actor('Hamza Division', ['al-Hamza Division', 'Hamza Brigade', 'Firqat al-Hamza', 'division Hamza', 'فرقة الحمزة']),
  actor('Muslim Brotherhood', ['Syrian Muslim Brotherhood', 'Frères musulmans', 'Freres musulmans', 'الإخوان المسلمين', 'الإخوان المسلمون', 'جماعة الإخوان']),

  // ------------------------------------------------------------ Kurdish and SDF
  actor('SDF', ['Syrian Democratic Forces', 'Syria Democratic Forces', 'FDS', 'Forces démocratiques syriennes', 'Forces démocratiques de Syrie', 'قوات سوريا الديمقراطية', 'قوات سوريا الديموقراطية', 'قسد']),
  actor('YPG', ["People's Protection Units", 'Peoples Protection Units', "People's Defense Units", 'Unités de protection du peuple', 'Yekîneyên Parastina Gel', 'وحدات حماية الشعب', 'وحدات الحماية الكردية']),
  actor('YPJ', ["Women's Protection Units", 'Unités de protection de la femme', 'Unités de protection des femmes', 'Yekîneyên Parastina Jin', 'وحدات حماية المرأة']),
  actor('PKK', ["Kurdistan Workers' Party", 'Kurdistan Workers Party', 'Parti des travailleurs du Kurdistan', 'حزب العمال الكردستاني', 'العمال الكردستاني']),
  actor('Asayish', ['Asayish', 'Asayesh', 'Asayiş', 'Kurdish internal security forces', 'الأسايش', 'الاسايش']),
  actor('Manbij Military Council', ['Conseil militaire de Manbij', 'Manbij Military council', 'مجلس منبج العسكري'], { mentions: ['Manbij'] }),
  actor('Kurdish forces', ['Kurdish units', 'Kurdish militia', 'Kurdish militias', 'Kurdish fighters', 'forces kurdes', 'milices kurdes', 'combattants kurdes', 'القوات الكردية', 'المقاتلين الأكراد', 'المقاتلون الأكراد']),
  actor('Peshmerga', ['Peshmergas', 'Pesh merga', 'Pêshmerga', 'Pechmerga', 'Pechmergas', 'peshmerga forces', 'Kurdish Peshmerga', 'البيشمركة', 'بيشمركة', 'البيشمركه', 'قوات البيشمركة']),

  // ------------------------------------------------------------ Syrian government and allies
  actor('Syrian Arab Army', [
    'SAA', 'Syrian Army', 'Syrian government forces', 'Syrian government troops', 'Syrian regime forces', 'Syrian troops', "Assad's forces", "Assad's army", 'Assad forces', 'pro-Assad forces',
    'armée syrienne', 'armée arabe syrienne', 'forces du régime syrien', 'forces gouvernementales syriennes', 'troupes syriennes', 'forces du régime de Bachar al-Assad', 'forces prorégime', 'forces pro-régime',
    'الجيش العربي السوري', 'الجيش السوري', 'قوات النظام السوري', 'قوات الأسد', 'جيش النظام السوري', 'القوات الحكومية السورية',
  ]),
  actor('Syrian Air Force', ['Syrian Arab Air Force', 'SyAAF', 'Syrian air force', "armée de l'air syrienne", 'aviation syrienne', 'aviation du régime', 'القوات الجوية السورية', 'الطيران السوري', 'طيران النظام', 'الطيران الحربي السوري'], { exactCase: ['SyAAF'] }),
  actor('Tiger Forces', ['Tiger Force', 'Qawat al-Nimr', 'Forces du Tigre', 'Forces Tigre', '25th Special Mission Forces Division', 'قوات النمر']),
  actor('Republican Guard', ['Syrian Republican Guard', 'Garde républicaine syrienne', 'الحرس الجمهوري السوري', 'الحرس الجمهوري']),
  actor('Fourth Armoured Division', ['4th Armoured Division', '4th Armored Division', 'Fourth Armored Division', '4e division blindée', 'الفرقة الرابعة']),
  actor('National Defence Forces', ['National Defense Forces', 'NDF', 'Forces de défense nationale', 'قوات الدفاع الوطني']),
  actor('Desert Hawks', ['Desert Hawks Brigade', 'Suqur al-Sahra', 'Faucons du désert', 'صقور الصحراء']),
  actor('Liwa al-Quds', ['Quds Brigade', 'Al-Quds Brigade', 'brigade al-Qods', 'Liwa al-Qods', 'لواء القدس']),
  actor('Hezbollah', ['Hizbullah', 'Hizballah', 'Hizbollah', 'Hezballah', 'Hezbollah libanais', 'Lebanese Hezbollah', 'حزب الله', 'حزب الله اللبناني']),
  actor('Liwa Fatemiyoun', ['Fatemiyoun', 'Fatemiyoun Brigade', 'Fatemiyoun Division', 'Fatimiyoun', 'Fatimiyun', 'Liwa al-Fatemiyoun', 'Fatemiyoun brigade', 'brigade Fatemiyoun', 'division Fatemiyoun', 'Fatemiyoun Afghan', 'لواء فاطميون', 'لواء الفاطميون', 'فاطميون']),
  actor('Liwa Zainebiyoun', ['Zainebiyoun', 'Zaynabiyoun', 'Zainabiyoun Brigade', 'Liwa Zaynabiyoun', 'brigade Zainabiyoun', 'لواء زينبيون', 'زينبيون']),
  actor('Iran-backed militias', ['pro-Iranian militias', 'pro-Iranian militia', 'Iranian-backed militias', 'Iran-backed militia', "Shi'ite militia", "Shi'ite militias", 'Shiite militia', 'Shiite militias', 'milices chiites', 'milices pro-iraniennes', 'milices soutenues par l’Iran', 'الميليشيات الإيرانية', 'الميليشيات الموالية لإيران', 'الميليشيات المدعومة من إيران']),
  actor('IRGC', ['Islamic Revolutionary Guard Corps', 'Revolutionary Guards', "Iran's Revolutionary Guards", 'Iranian Revolutionary Guards', 'Gardiens de la révolution', 'Corps des gardiens de la révolution islamique', 'Pasdaran', 'الحرس الثوري الإيراني', 'الحرس الثوري']),
  actor('Quds Force', ['Qods Force', 'Quds Force', 'force Qods', 'Force al-Qods', 'فيلق القدس']),

  // ------------------------------------------------------------ Russia
  actor('Russian Aerospace Forces', [
    'Russian Aerospace Force', 'Russian Air Force', 'VKS', 'Russian warplanes', 'Russian jets', 'Russian fighter jets', 'Russian bombers', 'Russian airstrikes', 'Russian air strikes', 'Russian airpower', 'Russian air power', 'Russian air support', 'Russian aircraft',
    'forces aérospatiales russes', 'aviation russe', 'avions russes', 'frappes russes', 'raids russes', 'frappes aériennes russes', 'bombardiers russes',
    'القوات الجوية الروسية', 'الطيران الروسي', 'القوات الجوفضائية الروسية', 'القوات الجوية الفضائية الروسية', 'الطائرات الروسية', 'الطيران الحربي الروسي', 'المقاتلات الروسية', 'الغارات الروسية',
  ], { exactCase: ['VKS'] }),
  actor('Russian forces', ['Russian troops', 'Russian soldiers', 'Russian military police', 'Russian special forces', 'forces russes', 'soldats russes', 'troupes russes', 'police militaire russe', 'القوات الروسية', 'الشرطة العسكرية الروسية', 'الجنود الروس']),
  // Not "Wagner" alone: a composer, a surname.
  actor('Wagner Group', ['Wagner group', 'PMC Wagner', 'Wagner PMC', 'Wagner mercenaries', 'Wagner fighters', 'Wagner contractors', 'groupe Wagner', 'mercenaires de Wagner', 'société Wagner', 'paramilitaires de Wagner', 'مجموعة فاغنر', 'قوات فاغنر', 'مرتزقة فاغنر', 'شركة فاغنر', 'مجموعة فاغنر الروسية']),

  // ------------------------------------------------------------ US, coalition, Turkey
  // Not "international coalition" alone: coalitions against everything are international.
  actor('US-led coalition', [
    'U.S.-led coalition', 'US-led international coalition', 'anti-ISIS coalition', 'anti-ISIL coalition', 'anti-Daesh coalition', 'anti-IS coalition', 'Global Coalition against Daesh', 'Global Coalition to Defeat ISIS',
    'Operation Inherent Resolve', 'CJTF-OIR', 'international coalition against ISIS', 'international coalition against the Islamic State', 'coalition against the Islamic State', 'coalition against ISIS',
    'coalition menée par les États-Unis', 'coalition menée par les Etats-Unis', 'coalition dirigée par les États-Unis', 'coalition menée par Washington', 'coalition emmenée par Washington', 'coalition anti-EI', 'coalition anti-Daech', 'coalition antijihadiste', 'coalition internationale antijihadiste', 'coalition internationale anti-EI', 'coalition internationale contre l’EI', "coalition internationale contre l'EI", 'coalition internationale contre Daech',
    'التحالف الدولي', 'قوات التحالف الدولي', 'التحالف الدولي بقيادة الولايات المتحدة', 'التحالف الدولي ضد داعش', 'طيران التحالف الدولي',
  ], { exactCase: ['CJTF-OIR'] }),
  actor('US forces', [
    'US special forces', 'US special operation forces', 'US special operations forces', 'US troops', 'U.S. troops', 'U.S. forces', 'US soldiers', 'U.S. soldiers', 'American troops', 'American forces', 'American soldiers', 'US military', 'U.S. military',
    'forces américaines', 'troupes américaines', 'soldats américains', 'forces spéciales américaines', 'القوات الأمريكية', 'القوات الأميركية', 'الجنود الأمريكيين', 'القوات الامريكية',
  ], { exactCase: ['US forces', 'US special forces', 'US special operation forces', 'US special operations forces', 'US troops', 'US soldiers', 'US military'] }),
  actor('NATO', ['OTAN', 'North Atlantic Treaty Organization', "Organisation du traité de l'Atlantique nord", 'حلف الناتو', 'حلف شمال الأطلسي', 'الناتو']),
  actor('Turkish forces', [
    'Turkish army', 'Turkish Armed Forces', 'Turkish military', 'Turkish artillery', 'Turkish troops', 'Turkish soldiers', 'Turkish drone', 'Turkish drones', 'Turkish warplanes', 'Turkish jets', 'Turkish air force', 'TSK',
    'armée turque', 'forces turques', 'troupes turques', 'soldats turcs', 'drone turc', 'drones turcs', 'aviation turque', 'artillerie turque',
    'الجيش التركي', 'القوات التركية', 'القوات المسلحة التركية', 'الطائرات التركية', 'المسيرات التركية', 'الطيران التركي', 'المدفعية التركية',
  ]),

  // ------------------------------------------------------------ Iraq
  actor('Iraqi forces', [
    'Iraqi government forces', 'Iraqi army', 'Iraqi Security Forces', 'Iraqi security forces', 'Iraqi troops', 'Iraqi soldiers', 'Iraqi military',
    'armée irakienne', 'forces irakiennes', 'forces de sécurité irakiennes', 'troupes irakiennes', 'soldats irakiens',
    'الجيش العراقي', 'القوات العراقية', 'القوات الأمنية العراقية', 'القوات الامنية العراقية', 'قوات الأمن العراقية',
  ]),
  actor('Iraqi Counter Terrorism Service', ['Counter Terrorism Service', 'Counter-Terrorism Service', 'Golden Division', 'Iraqi special forces', 'Iraqi Special Operations Forces', 'service de contre-terrorisme', "service du contre-terrorisme irakien", 'Division dorée', 'جهاز مكافحة الإرهاب', 'الفرقة الذهبية'], { mentions: ['Iraqi forces'] }),
  actor('Popular Mobilization Forces', [
    'Popular Mobilisation Forces', 'Popular Mobilization Units', 'Popular Mobilisation Units', 'PMF', 'Hashd al-Shaabi', "Hashd al-Sha'bi", "Hashd al-Sha'abi", 'Hashed al-Shaabi', 'Hached al-Chaabi', 'Hashd al-Shabi', 'al-Hashd al-Shaabi', 'Hashd', 'Hachd al-Chaabi', 'Hachd',
    'Forces de mobilisation populaire', 'Unités de mobilisation populaire',
    'الحشد الشعبي', 'هيئة الحشد الشعبي', 'قوات الحشد الشعبي',
  ], { exactCase: ['PMF'] }),
  actor('Kataib Hezbollah', ["Kata'ib Hezbollah", 'Kataib Hizbullah', "Kata'ib Hizballah", 'Kataib Hizbollah', 'Kataib Hizballah', 'Kataeb Hezbollah', 'Kataëb Hezbollah', 'Kataïb Hezbollah', 'Hezbollah Brigades', 'Brigades du Hezbollah', 'Brigades Hezbollah', 'كتائب حزب الله']),
  actor("Asa'ib Ahl al-Haq", ['Asaib Ahl al-Haq', 'Asaïb Ahl al-Haq', 'Asaeb Ahl al-Haq', 'League of the Righteous', 'عصائب أهل الحق']),
  actor('Badr Organization', ['Badr Organisation', 'Badr Brigade', 'Badr Corps', 'Organisation Badr', 'منظمة بدر', 'فيلق بدر']),
  actor('Harakat al-Nujaba', ['Nujaba', 'al-Nujaba', 'Harakat Hezbollah al-Nujaba', 'Nujaba movement', 'mouvement al-Nujaba', 'حركة النجباء']),
  actor('Saraya al-Salam', ['Peace Brigades', 'Saraya al-Salaam', 'Brigades de la paix', 'سرايا السلام']),
  actor('Iraqi Republican Guard', ["Iraq's Republican Guard", "Saddam's Republican Guard", "Saddam Hussein's Republican Guard", 'Garde républicaine irakienne', 'الحرس الجمهوري العراقي']),
];
