package org.triangulate.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word lists of the rule recogniser: titles, organisation and group keywords, places. */
final class Lexicon {
  private Lexicon() {}

  /** Words that make a capitalised phrase a title ("Acting Coordinator", "Additional Secretary"). */
  static final Set<String> TITLE_HEADS = lower(
      "President", "Vice", "Prime", "Minister", "Secretary", "Ambassador", "Coordinator", "Spokesperson",
      "Spokesman", "Spokeswoman", "Senator", "Governor", "Chairman", "Chairwoman", "Chairperson",
      "Commissioner", "Envoy", "Representative", "Adviser", "Advisor", "Attorney", "Justice", "Judge",
      "Mayor", "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Chancellor", "Speaker", "Director",
      "Director-General", "Chief", "Commander", "Officer", "Inspector", "Superintendent", "Consul",
      "Counsellor", "Counselor", "Undersecretary", "Under-Secretary", "General", "Gen", "Gen.", "Lt",
      "Lt.", "Lieutenant", "Colonel", "Col", "Col.", "Major", "Maj", "Captain", "Capt", "Admiral",
      "Brigadier", "Marshal", "Sergeant", "Head", "Leader", "Premier", "Chargé", "Charge", "Attaché",
      "Diplomat", "Official", "Negotiator", "Deputy", "Acting", "Additional", "Assistant", "Special",
      "Principal", "Joint", "Senior", "Foreign", "Interior", "Defence", "Defense", "Finance", "Federal",
      "State", "Provincial", "Executive", "Managing", "Founder", "CEO", "Ambassador-at-large", "Secretary-General");

  /** Title words that head a role on their own (the others only qualify one: "Acting", "Foreign"). */
  static final Set<String> TITLE_CORE = lower(
      "President", "Minister", "Secretary", "Ambassador", "Coordinator", "Spokesperson", "Spokesman",
      "Spokeswoman", "Senator", "Governor", "Chairman", "Chairwoman", "Chairperson", "Commissioner", "Envoy",
      "Representative", "Adviser", "Advisor", "Attorney", "Justice", "Judge", "Mayor", "King", "Queen",
      "Prince", "Princess", "Sheikh", "Emir", "Chancellor", "Speaker", "Director", "Director-General",
      "Chief", "Commander", "Officer", "Inspector", "Superintendent", "Consul", "Counsellor", "Counselor",
      "Undersecretary", "Under-Secretary", "General", "Gen", "Gen.", "Lieutenant", "Colonel", "Col",
      "Col.", "Major", "Maj", "Captain", "Capt", "Admiral", "Brigadier", "Marshal", "Sergeant", "Head",
      "Leader", "Premier", "Negotiator", "Official", "Diplomat", "CEO", "Founder", "Secretary-General",
      "Ambassador-at-large");

  /** Lower-case role words used in appositions ("the State Department spokesperson"). */
  static final Set<String> ROLE_WORDS = lower(
      "spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "ambassador", "coordinator",
      "president", "chief", "director", "envoy", "adviser", "advisor", "official", "commander", "head",
      "leader", "chairman", "governor", "senator", "representative", "diplomat", "negotiator", "premier",
      "commissioner", "spokesmen", "analyst", "expert", "researcher", "editor", "correspondent", "reporter");

  /** Honorifics dropped from names. */
  static final Set<String> HONORIFICS = lower("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame");

  static final Set<String> ORG_KEYWORDS = lower(
      "Office", "Department", "Ministry", "Council", "Committee", "Agency", "Army", "Forces", "Force", "Police",
      "Party", "Bank", "University", "Organisation", "Organization", "Commission", "Court", "Assembly",
      "Parliament", "Senate", "Congress", "Government", "Embassy", "Institute", "Centre", "Center",
      "Corporation", "Corp", "Inc", "Ltd", "Company", "Association", "Union", "Authority", "Bureau",
      "Service", "Services", "League", "Fund", "Foundation", "Network", "Board", "Secretariat", "Division",
      "Directorate", "Command", "Cabinet", "Administration", "Times", "Tribune", "Post", "News", "Press",
      "Reuters", "Nations", "House", "Pentagon", "Kremlin", "Navy", "Guard", "Guards", "Institution",
      "Group", "Alliance", "Coalition", "Federation", "Society", "Trust", "Chamber", "Academy", "Studies",
      "Institute", "Council", "NATO", "Interpol", "FBI", "CIA", "ISI", "ISPR", "Rangers", "Bureau",
      "Dawn", "Express", "Geo", "Agencies", "Associated", "BBC", "CNN", "Xinhua", "AFP", "AP", "APP",
      // company suffixes
      "Motors", "Motor", "Airlines", "Airways", "Systems", "Technologies", "Industries", "Holdings", "Computer",
      "Computers", "Electric", "Steel", "Petroleum", "Energy", "Labs", "Software", "Pharmaceuticals", "Insurance",
      "Capital", "Partners", "Co", "LLC", "PLC", "AG", "GmbH", "Corps", "Enterprises", "Communications",
      "Telecom", "Broadcasting", "Airport", "Exchange", "Reserve", "Workers", "Records", "Studios", "Stores");

  /** Organisation words that name one organisation on their own ("Reuters", "Pentagon"); other keywords need company. */
  static final Set<String> STANDALONE_ORGS = lower(
      "Reuters", "Pentagon", "Kremlin", "NATO", "Interpol", "FBI", "CIA", "ISI", "ISPR", "Dawn", "BBC", "CNN",
      "Xinhua", "AFP", "AP", "APP", "Congress", "Parliament", "Rangers");

  static final Set<String> GROUP_KEYWORDS = lower(
      "Taliban", "Tehreek", "Tehrik", "Tahreek", "Tahrik", "Lashkar", "Jaish", "Qaeda", "Qaida", "ISIS",
      "ISIL", "Daesh", "Hamas", "Hezbollah", "Hizbollah", "Brigade", "Brigades", "Jamaat", "Jamaat-ul-Ahrar",
      "Mujahideen", "Khorasan", "IS-K", "ISKP", "TTP", "BLA", "BLF", "Boko", "Shabaab", "al-Shabaab",
      "Houthis", "Houthi", "Militia", "Militants", "Insurgents", "Sipah", "Lashkar-e-Taiba", "Jundallah");

  /** Words that make a capitalised phrase an event, document or policy, not a name. */
  static final Set<String> MISC_KEYWORDS = lower(
      "Dialogue", "Talks", "Conference", "Summit", "Agreement", "Act", "Day", "War", "Operation", "Strategy",
      "Policy", "Initiative", "Program", "Programme", "Plan", "Report", "Index", "Project", "Treaty", "Accord",
      "Pact", "Road", "Street", "Highway", "Photo", "Image", "Source", "Editorial", "Opinion",
      "Comments", "Counter-Terrorism", "Counterterrorism", "Terrorism", "Security", "Affairs", "Terror",
      "Published", "Updated", "Representational", "Reply", "Email", "Share", "Tweet", "Facebook", "Twitter",
      "Related", "Read", "More", "Story", "Stories", "Surge", "Cooperation", "Annual", "Financing", "Charting",
      "Path", "Collaboration", "Greater", "Courtesy", "Website", "Internet", "Covid", "COVID-19", "God", "Islam",
      "Muslim", "Muslims", "English", "Urdu", "Christmas", "Eid", "Ramadan", "Ramazan", "Renaissance");

  /** Capitalised words that start sentences or headlines but are never names on their own. */
  static final Set<String> STOP = lower(
      "The", "A", "An", "In", "On", "At", "Of", "For", "To", "From", "By", "With", "And", "But", "Or", "As",
      "After", "Before", "Since", "During", "According", "However", "Both", "It", "Its", "This", "That",
      "These", "Those", "They", "He", "She", "We", "I", "You", "His", "Her", "Their", "Our", "There", "Here",
      "When", "While", "Where", "What", "Who", "Which", "Why", "How", "If", "Although", "Though", "Meanwhile",
      "Also", "Last", "Next", "Earlier", "Later", "Over", "Under", "Amid", "Despite", "Following", "Speaking",
      "Diplomatic", "Sources", "Insurgents", "Officials", "Analysts", "Experts", "Both", "Each", "All", "Some",
      "Many", "Most", "Several", "Such", "Other", "Another", "New", "Now", "Then", "Yet", "Still", "Even",
      "Not", "No", "Yes", "Pak-US", "US-Pakistan", "Pakistan-US", "Military", "Local", "Two", "Three", "One",
      "First", "Second", "Third", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
      "Dec", "Muslim", "Western", "Eastern", "Northern", "Southern", "Central", "National",
      "International", "Global", "Regional", "Federal", "Provincial", "Joint", "Statement", "Press", "Release",
      "Updated", "Published", "Photo", "Reuters", "Source", "By", "Editor", "Staff", "Reporter",
      "Correspondent", "Agencies", "Counter", "Terrorism", "Dialogue", "Talks", "Commitment", "Threat",
      "Pact", "Renew", "Reaffirm", "Pak", "Kick", "Off", "Seen", "Move", "Because", "Once", "Just", "Only",
      "Nor", "Whether", "Unlike", "Like", "Through", "Throughout", "Within", "Without", "Upon", "Into",
      "Than", "About", "Above", "Below", "Between", "Among", "Against", "Towards", "Toward", "Until", "Till",
      "Around", "Across", "Along", "Behind", "Beyond", "Near", "Per", "Via", "So", "Thus", "Hence", "Instead",
      "Indeed", "Related", "Moreover", "Furthermore", "Nevertheless", "Besides", "Therefore", "Additionally");

  /** Demonyms: adjectives, never entities on their own, but they start group names ("Pakistani Taliban"). */
  static final Set<String> DEMONYMS = lower(
      "Pakistani", "Afghan", "American", "Indian", "Chinese", "Iranian", "Russian", "British", "Saudi",
      "Turkish", "Israeli", "Palestinian", "Iraqi", "Syrian", "Baloch", "Pashtun", "Punjabi", "Sindhi",
      "Arab", "European", "Asian", "African", "Western", "US-led", "Bangladeshi", "Egyptian", "French",
      "German", "Japanese", "Korean", "Ukrainian", "Yemeni", "Qatari", "Emirati", "Kashmiri", "Uzbek", "Tajik");

  /** Lower-case words that never belong to a person's name, in any position. */
  static final Set<String> NOT_NAME = lower(
      "Counterterrorism", "Counter-terrorism", "Affairs", "Security", "Defence", "Defense", "Finance",
      "Trade", "Health", "Education", "Information", "Development", "Rights", "Human", "Political",
      "Economic", "Military", "Operations", "Intelligence", "Terrorism", "Affair", "Commerce", "Energy",
      "Justice", "Law", "Interior", "Foreign", "Planning", "Water", "Power", "Communications", "Media",
      "Public", "Diplomacy", "Policy", "Narcotics", "Control", "Migration", "Refugees", "Religious",
      "Parliamentary", "Overseas", "Pakistanis", "Kingdom", "State", "States", "Region", "Asia", "Europe",
      "Counterterrorism,");

  private static Set<String> lower(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The place names, from {@code locations.txt} (lower case). */
  static final Set<String> LOCATIONS = load("locations.txt");

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/triangulate/entity/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/triangulate/entity/" + resource, e);
    }
    return Set.copyOf(out);
  }

  static boolean in(Set<String> set, String word) {
    return set.contains(word.toLowerCase(Locale.ROOT));
  }
}
