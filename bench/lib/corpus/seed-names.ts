/**
 * Gazetteer names (curated and imported lists, weak aliases and acronyms left out) that occur in
 * the five seed articles of corpus/, longest first when used. Taken once from the gazetteer so the
 * generated corpus depends only on the seed articles and the generator, not on gazetteer edits.
 */
export const SEED_NAMES: readonly string[] = [
  'Iraq', 'Pakistan', 'Baghdad', 'Afghanistan', 'Taliban', 'Islamic State', 'Karachi', 'Syria', 'Basra', 'Al Qaeda',
  'Ansar al-Sunna', 'Lahore', 'Kabul', 'Quetta', 'India', 'Khorasan', 'Mosul', 'Jowzjan', 'Saudi Arabia', 'al-Qaeda',
  "Mohammed's Army", 'Lashkar-e-Jhangvi', 'Islamabad', 'Afaq', 'Jaish-i-Mohammed', 'Balochistan', 'Fallujah', 'Jordan',
  'Khorasan Province', 'Afaq group', 'Pakistani Taliban', 'Balad', 'Mohmand', 'America', 'Abdul Jabbar',
  'Ansar al-Sunna Army', "Ba'ath Party", 'Islamic Army in Iraq', 'Sar-i-Pul', 'Nangarhar', 'Logar', 'Jalalabad', 'Sindh',
  'Sialkot', 'Punjab', 'Fatehpur', 'Wasit', 'Ramadi', 'Emirates', 'Iran', 'Khurasan', 'Middle East', 'Myanmar',
  'Mohmand Agency', 'Nineveh', 'Orakzai', 'Russia', 'United States', 'Uzbekistan', 'Yemen', 'Muhammad Umar',
  'Osama bin Laden', 'Afghan Taliban', 'Islamic Emirates', 'Ahle Hadith', 'Ahle Sunnat Wal Jamaat', 'Al-Muhajiroun',
  'Fatemiyoun Division', 'Fatemiyoun', 'Islamic Army of Iraq', 'Islamic Movement of Uzbekistan',
  'Islamic State in Iraq and Syria', 'Daesh', 'Islamic State Khorasan', 'IS Khorasan', 'IS Khorasan Province',
  'Jabhat al-Nusra', 'Army of Mohammed', 'Jamaat-ul-Ahrar', 'Jundullah', 'Junood Khurasan', 'Lashkar-e-Jhangvi al-Alami',
  'Jhangvi al-Alami', 'Lashkar-e-Khorasan', 'Mullah Rasool group', 'Muttahida Quami Movement', 'Mohajir Qaumi Movement',
  'Altaf Hussain group', 'Islamic Jihad', 'Sipah-e-Sahaba', 'TTP-Karachi', 'Abdul Karim', 'Mullah Fazlullah',
];
