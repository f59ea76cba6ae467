// Real US cities, by state, where residency programs could plausibly sit; facts about places only,
// no program data. Setting follows how residency programs usually describe their location:
// URBAN for the core city of a large metropolitan area, SUBURBAN for its suburbs and for mid-sized
// cities, RURAL for small cities and towns outside large metropolitan areas.
import type { Setting } from '@/lib/engine/types';
import type { StateCode } from './states';

export interface ReferenceCity {
  name: string;
  setting: Setting;
}

const urban = (name: string): ReferenceCity => ({ name, setting: 'URBAN' });
const suburban = (name: string): ReferenceCity => ({ name, setting: 'SUBURBAN' });
const rural = (name: string): ReferenceCity => ({ name, setting: 'RURAL' });

export const CITIES_BY_STATE: Readonly<Record<StateCode, readonly ReferenceCity[]>> = {
  AL: [urban('Birmingham'), urban('Mobile'), suburban('Huntsville'), suburban('Montgomery'), suburban('Tuscaloosa'), suburban('Hoover'), rural('Dothan'), rural('Florence'), rural('Gadsden'), rural('Selma'), rural('Opelika')],
  AK: [urban('Anchorage'), suburban('Wasilla'), suburban('Fairbanks'), rural('Juneau'), rural('Bethel'), rural('Ketchikan')],
  AZ: [urban('Phoenix'), urban('Tucson'), suburban('Scottsdale'), suburban('Mesa'), suburban('Glendale'), suburban('Chandler'), suburban('Goodyear'), rural('Flagstaff'), rural('Yuma'), rural('Kingman'), rural('Sierra Vista'), rural('Cottonwood')],
  AR: [urban('Little Rock'), suburban('North Little Rock'), suburban('Fayetteville'), suburban('Fort Smith'), suburban('Conway'), rural('Jonesboro'), rural('Searcy'), rural('Batesville'), rural('Pine Bluff'), rural('Texarkana'), rural('Magnolia')],
  CA: [
    urban('Los Angeles'), urban('San Francisco'), urban('San Diego'), urban('Sacramento'), urban('San Jose'), urban('Oakland'), urban('Fresno'), urban('Long Beach'),
    suburban('Orange'), suburban('Loma Linda'), suburban('Torrance'), suburban('Riverside'), suburban('Moreno Valley'), suburban('La Jolla'), suburban('Palo Alto'), suburban('Stanford'),
    suburban('Colton'), suburban('Fontana'), suburban('Redwood City'), suburban('Pasadena'), suburban('Santa Clara'), suburban('Walnut Creek'), suburban('Irvine'), suburban('Bakersfield'),
    suburban('Stockton'), suburban('Modesto'), suburban('Ventura'), suburban('Santa Barbara'), suburban('Temecula'), suburban('San Bernardino'),
    rural('Visalia'), rural('Redding'), rural('Eureka'), rural('Salinas'), rural('Merced'), rural('El Centro'), rural('Chico'),
  ],
  CO: [urban('Denver'), suburban('Aurora'), suburban('Lakewood'), suburban('Englewood'), suburban('Lone Tree'), suburban('Colorado Springs'), suburban('Fort Collins'), suburban('Greeley'), rural('Pueblo'), rural('Grand Junction'), rural('Durango')],
  CT: [urban('Hartford'), urban('New Haven'), suburban('Farmington'), suburban('Bridgeport'), suburban('Stamford'), suburban('Waterbury'), suburban('Danbury'), suburban('Norwalk'), suburban('Derby'), suburban('Middletown'), rural('Norwich'), rural('Torrington')],
  DE: [urban('Wilmington'), suburban('Newark'), suburban('New Castle'), rural('Dover'), rural('Lewes'), rural('Seaford')],
  DC: [urban('Washington')],
  FL: [
    urban('Miami'), urban('Tampa'), urban('Orlando'), urban('Jacksonville'), urban('Fort Lauderdale'), urban('St. Petersburg'),
    suburban('Gainesville'), suburban('Hialeah'), suburban('Miami Beach'), suburban('Pembroke Pines'), suburban('Aventura'), suburban('Boca Raton'), suburban('Weston'), suburban('Plantation'),
    suburban('Brandon'), suburban('Largo'), suburban('Orange Park'), suburban('Kissimmee'), suburban('Bradenton'), suburban('Tallahassee'), suburban('Pensacola'), suburban('Sarasota'),
    suburban('Fort Myers'), suburban('West Palm Beach'), suburban('Daytona Beach'), suburban('Clearwater'),
    rural('Ocala'), rural('Brooksville'), rural('Lakeland'), rural('Panama City'), rural('Sebring'), rural('Lake City'),
  ],
  GA: [urban('Atlanta'), suburban('Marietta'), suburban('Lawrenceville'), suburban('Smyrna'), suburban('Roswell'), suburban('Dunwoody'), suburban('Augusta'), suburban('Savannah'), suburban('Macon'), suburban('Columbus'), suburban('Athens'), rural('Gainesville'), rural('Rome'), rural('Dalton'), rural('Albany'), rural('Valdosta'), rural('Waycross'), rural('Moultrie')],
  HI: [urban('Honolulu'), suburban('Aiea'), suburban('Kailua'), rural('Hilo'), rural('Wailuku'), rural('Lihue')],
  ID: [urban('Boise'), suburban('Nampa'), suburban('Meridian'), rural('Idaho Falls'), rural('Pocatello'), rural("Coeur d'Alene"), rural('Twin Falls'), rural('Rexburg')],
  IL: [
    urban('Chicago'), suburban('Maywood'), suburban('Evanston'), suburban('Park Ridge'), suburban('Oak Lawn'), suburban('Oak Park'), suburban('Berwyn'), suburban('Olympia Fields'),
    suburban('North Chicago'), suburban('Aurora'), suburban('Naperville'), suburban('Joliet'), suburban('Glenview'), suburban('Springfield'), suburban('Peoria'), suburban('Rockford'),
    suburban('Urbana'), suburban('Champaign'), rural('Normal'), rural('Kankakee'), rural('Decatur'), rural('Carbondale'), rural('Quincy'), rural('Dixon'),
  ],
  IN: [urban('Indianapolis'), suburban('Fort Wayne'), suburban('Evansville'), suburban('South Bend'), suburban('Carmel'), suburban('Greenwood'), suburban('Merrillville'), suburban('Mishawaka'), suburban('Muncie'), suburban('Lafayette'), rural('Terre Haute'), rural('Vincennes'), rural('Jasper'), rural('Richmond')],
  IA: [urban('Des Moines'), suburban('Iowa City'), suburban('Cedar Rapids'), suburban('Davenport'), suburban('Waterloo'), suburban('Sioux City'), rural('Mason City'), rural('Dubuque'), rural('Ames'), rural('Ottumwa')],
  KS: [urban('Wichita'), urban('Kansas City'), suburban('Overland Park'), suburban('Olathe'), suburban('Topeka'), suburban('Lawrence'), rural('Salina'), rural('Hays'), rural('Garden City'), rural('Manhattan')],
  KY: [urban('Louisville'), urban('Lexington'), suburban('Edgewood'), suburban('Bowling Green'), suburban('Owensboro'), rural('Pikeville'), rural('Hazard'), rural('Somerset'), rural('Madisonville'), rural('Glasgow'), rural('Morehead'), rural('Paducah')],
  LA: [urban('New Orleans'), urban('Baton Rouge'), suburban('Metairie'), suburban('Kenner'), suburban('Shreveport'), suburban('Lafayette'), rural('Lake Charles'), rural('Monroe'), rural('Alexandria'), rural('Houma'), rural('Bogalusa')],
  ME: [urban('Portland'), suburban('South Portland'), suburban('Lewiston'), suburban('Bangor'), rural('Augusta'), rural('Waterville'), rural('Presque Isle')],
  MD: [urban('Baltimore'), suburban('Bethesda'), suburban('Silver Spring'), suburban('Chevy Chase'), suburban('Columbia'), suburban('Annapolis'), suburban('Gaithersburg'), suburban('Towson'), suburban('Largo'), rural('Hagerstown'), rural('Cumberland'), rural('Salisbury')],
  MA: [urban('Boston'), suburban('Cambridge'), suburban('Worcester'), suburban('Springfield'), suburban('Burlington'), suburban('Newton'), suburban('Framingham'), suburban('Brockton'), suburban('Salem'), suburban('Malden'), suburban('Lawrence'), rural('Pittsfield'), rural('Fitchburg'), rural('Greenfield'), rural('Hyannis')],
  MI: [
    urban('Detroit'), urban('Grand Rapids'), suburban('Ann Arbor'), suburban('Royal Oak'), suburban('Pontiac'), suburban('Southfield'), suburban('Farmington Hills'), suburban('Warren'),
    suburban('Dearborn'), suburban('Livonia'), suburban('Ypsilanti'), suburban('Wyoming'), suburban('Lansing'), suburban('East Lansing'), suburban('Kalamazoo'), suburban('Flint'),
    suburban('Grand Blanc'), suburban('Clinton Township'), suburban('Saginaw'), rural('Jackson'), rural('Muskegon'), rural('Traverse City'), rural('Marquette'), rural('Midland'),
  ],
  MN: [urban('Minneapolis'), urban('St. Paul'), suburban('St. Louis Park'), suburban('Robbinsdale'), suburban('Rochester'), suburban('Duluth'), rural('St. Cloud'), rural('Mankato'), rural('Brainerd'), rural('Willmar')],
  MS: [urban('Jackson'), suburban('Southaven'), suburban('Gulfport'), suburban('Hattiesburg'), rural('Tupelo'), rural('Meridian'), rural('Oxford'), rural('Columbus'), rural('Greenville'), rural('Corinth')],
  MO: [urban('St. Louis'), urban('Kansas City'), suburban('Chesterfield'), suburban('Blue Springs'), suburban('Springfield'), suburban('Columbia'), rural('Joplin'), rural('Kirksville'), rural('Jefferson City'), rural('Sedalia'), rural('Poplar Bluff'), rural('Cape Girardeau')],
  MT: [suburban('Billings'), rural('Missoula'), rural('Great Falls'), rural('Bozeman'), rural('Helena'), rural('Kalispell')],
  NE: [urban('Omaha'), suburban('Lincoln'), suburban('Bellevue'), rural('Kearney'), rural('Grand Island'), rural('Scottsbluff'), rural('North Platte')],
  NV: [urban('Las Vegas'), suburban('Henderson'), suburban('Reno'), suburban('Sparks'), rural('Elko'), rural('Carson City')],
  NH: [suburban('Manchester'), suburban('Nashua'), suburban('Portsmouth'), rural('Lebanon'), rural('Concord'), rural('Keene')],
  NJ: [
    urban('Newark'), urban('Jersey City'), suburban('New Brunswick'), suburban('Camden'), suburban('Paterson'), suburban('Hackensack'), suburban('Morristown'), suburban('Livingston'),
    suburban('Long Branch'), suburban('Neptune'), suburban('Edison'), suburban('Elizabeth'), suburban('Summit'), suburban('Stratford'), suburban('Bayonne'), suburban('Trenton'),
    suburban('Toms River'), suburban('Piscataway'), suburban('Atlantic City'), rural('Vineland'), rural('Mullica Hill'), rural('Flemington'),
  ],
  NM: [urban('Albuquerque'), suburban('Las Cruces'), suburban('Santa Fe'), rural('Gallup'), rural('Silver City'), rural('Alamogordo'), rural('Farmington'), rural('Roswell')],
  NY: [
    urban('New York'), urban('Brooklyn'), urban('Bronx'), urban('Queens'), urban('Buffalo'), urban('Rochester'), urban('Syracuse'), urban('Albany'),
    suburban('Staten Island'), suburban('Flushing'), suburban('Jamaica'), suburban('Far Rockaway'), suburban('New Hyde Park'), suburban('Mineola'), suburban('East Meadow'), suburban('Manhasset'),
    suburban('Stony Brook'), suburban('Port Jefferson'), suburban('West Islip'), suburban('Oceanside'), suburban('Valhalla'), suburban('White Plains'), suburban('Yonkers'), suburban('Poughkeepsie'),
    suburban('Utica'), suburban('Binghamton'), rural('Elmira'), rural('Middletown'), rural('Cooperstown'), rural('Southampton'), rural('Plattsburgh'), rural('Watertown'), rural('Olean'),
  ],
  NC: [urban('Charlotte'), urban('Raleigh'), suburban('Durham'), suburban('Chapel Hill'), suburban('Winston-Salem'), suburban('Greensboro'), suburban('Concord'), suburban('Cornelius'), suburban('Asheville'), suburban('Wilmington'), suburban('Fayetteville'), suburban('Greenville'), rural('Hendersonville'), rural('Lumberton'), rural('Morganton'), rural('Boone'), rural('Clinton'), rural('Lillington')],
  ND: [suburban('Fargo'), suburban('Bismarck'), rural('Grand Forks'), rural('Minot'), rural('Williston'), rural('Hettinger')],
  OH: [
    urban('Cleveland'), urban('Columbus'), urban('Cincinnati'), urban('Toledo'), urban('Akron'), urban('Dayton'), suburban('Cuyahoga Falls'), suburban('Westlake'),
    suburban('Richmond Heights'), suburban('Kettering'), suburban('Beavercreek'), suburban('Fairborn'), suburban('Grove City'), suburban('Youngstown'), suburban('Boardman'), suburban('Canton'),
    suburban('Warren'), suburban('Lima'), rural('Chillicothe'), rural('Lancaster'), rural('Sandusky'), rural('Marietta'), rural('Steubenville'), rural('East Liverpool'), rural('Athens'),
  ],
  OK: [urban('Oklahoma City'), urban('Tulsa'), suburban('Norman'), suburban('Edmond'), suburban('Lawton'), rural('Tahlequah'), rural('Ada'), rural('Durant'), rural('McAlester'), rural('Enid')],
  OR: [urban('Portland'), suburban('Hillsboro'), suburban('Milwaukie'), suburban('Salem'), suburban('Eugene'), suburban('Corvallis'), rural('Medford'), rural('Bend'), rural('Roseburg'), rural('Klamath Falls'), rural('Hood River')],
  PA: [
    urban('Philadelphia'), urban('Pittsburgh'), suburban('Hershey'), suburban('Allentown'), suburban('Bethlehem'), suburban('Easton'), suburban('Harrisburg'), suburban('York'),
    suburban('Lancaster'), suburban('West Reading'), suburban('Abington'), suburban('Bryn Mawr'), suburban('Wynnewood'), suburban('Darby'), suburban('Upland'), suburban('East Norriton'),
    suburban('Erie'), suburban('Scranton'), suburban('Wilkes-Barre'), suburban('Johnstown'), suburban('McKeesport'), rural('Danville'), rural('Sayre'), rural('Williamsport'),
    rural('Altoona'), rural('DuBois'), rural('Coaldale'), rural('Lewistown'),
  ],
  PR: [urban('San Juan'), suburban('Bayamón'), suburban('Carolina'), suburban('Caguas'), suburban('Ponce'), suburban('Mayagüez'), rural('Manatí'), rural('San Germán'), rural('Arecibo')],
  RI: [urban('Providence'), suburban('Pawtucket'), suburban('Warwick'), suburban('Cranston'), rural('Westerly'), rural('Newport')],
  SC: [urban('Columbia'), urban('Charleston'), suburban('North Charleston'), suburban('Greenville'), suburban('Spartanburg'), suburban('Greer'), suburban('Myrtle Beach'), rural('Florence'), rural('Anderson'), rural('Greenwood'), rural('Sumter'), rural('Conway'), rural('Seneca')],
  SD: [suburban('Sioux Falls'), suburban('Rapid City'), rural('Aberdeen'), rural('Brookings'), rural('Watertown'), rural('Pierre')],
  TN: [urban('Nashville'), urban('Memphis'), suburban('Knoxville'), suburban('Chattanooga'), suburban('Germantown'), suburban('Murfreesboro'), suburban('Franklin'), suburban('Johnson City'), rural('Kingsport'), rural('Bristol'), rural('Jackson'), rural('Cookeville'), rural('Cleveland')],
  TX: [
    urban('Houston'), urban('Dallas'), urban('San Antonio'), urban('Austin'), urban('Fort Worth'), urban('El Paso'), suburban('Galveston'), suburban('Arlington'),
    suburban('Plano'), suburban('Irving'), suburban('Round Rock'), suburban('Kingwood'), suburban('Conroe'), suburban('The Woodlands'), suburban('Lubbock'), suburban('Corpus Christi'),
    suburban('Amarillo'), suburban('McAllen'), suburban('Edinburg'), suburban('Harlingen'), suburban('Temple'), suburban('Bryan'), suburban('Tyler'), suburban('Odessa'),
    suburban('Beaumont'), suburban('Laredo'), rural('Longview'), rural('Weatherford'), rural('Abilene'), rural('San Angelo'), rural('Wichita Falls'), rural('Nacogdoches'),
  ],
  UT: [urban('Salt Lake City'), suburban('Murray'), suburban('Ogden'), suburban('Provo'), suburban('Sandy'), rural('Logan'), rural('St. George'), rural('Cedar City')],
  VT: [suburban('Burlington'), suburban('Milton'), rural('Rutland'), rural('Bennington'), rural('Brattleboro'), rural('St. Johnsbury')],
  VA: [urban('Richmond'), urban('Norfolk'), urban('Virginia Beach'), suburban('Falls Church'), suburban('Fairfax'), suburban('Arlington'), suburban('Newport News'), suburban('Midlothian'), suburban('Charlottesville'), suburban('Roanoke'), suburban('Salem'), suburban('Lynchburg'), suburban('Blacksburg'), rural('Danville'), rural('Abingdon'), rural('Norton'), rural('Front Royal'), rural('Big Stone Gap')],
  WA: [urban('Seattle'), urban('Spokane'), suburban('Tacoma'), suburban('Renton'), suburban('Everett'), suburban('Bellevue'), suburban('Puyallup'), suburban('Vancouver'), suburban('Olympia'), suburban('Bremerton'), suburban('Richland'), suburban('Kennewick'), rural('Yakima'), rural('Mount Vernon'), rural('Port Angeles'), rural('Chehalis'), rural('Wenatchee'), rural('Walla Walla')],
  WV: [suburban('Charleston'), suburban('Huntington'), suburban('Morgantown'), suburban('Wheeling'), rural('Parkersburg'), rural('Beckley'), rural('Bridgeport'), rural('Ronceverte'), rural('Martinsburg')],
  WI: [urban('Milwaukee'), urban('Madison'), suburban('Wauwatosa'), suburban('Waukesha'), suburban('Menomonee Falls'), suburban('Green Bay'), suburban('Appleton'), suburban('Janesville'), suburban('La Crosse'), suburban('Eau Claire'), rural('Marshfield'), rural('Wausau'), rural('Monroe'), rural('New Richmond'), rural('Elkhorn')],
  WY: [suburban('Cheyenne'), suburban('Casper'), rural('Laramie'), rural('Sheridan'), rural('Gillette'), rural('Rock Springs')],
};
