import { describe, expect, it } from 'vitest';
import { linkShapeOf } from '../../../shared/disclosure/affiliate-networks';

describe('linkShapeOf', () => {
  it.each([
    ['https://amzn.to/3xYz12', 'Amazon Associates'],
    ['amzn.to/3xYz12', 'Amazon Associates'],
    ['https://www.amazon.co.uk/dp/B0?tag=me-21', 'Amazon Associates'],
    ['https://rstyle.me/n/abc', 'LTK / ShopStyle'],
    ['https://liketk.it/4abc', 'LTK'],
    ['https://shopmy.us/collections/1', 'ShopMy'],
    ['https://click.linksynergy.com/deeplink?id=x', 'Rakuten Advertising'],
    ['https://go.redirectingat.com/?id=1', 'Skimlinks'],
    ['https://www.awin1.com/cread.php?awinmid=1', 'Awin'],
    ['https://shareasale.com/r.cfm?b=1', 'ShareASale'],
    ['https://www.kqzyfj.com/click-1', 'CJ Affiliate'],
    ['https://brand.sjv.io/c/1', 'Impact'],
    ['https://vendor.hop.clickbank.net', 'ClickBank'],
    ['https://ali.pub/abc', 'AliExpress Portals'],
    ['https://www.ebay.com/itm/1?campid=533', 'eBay Partner Network'],
    ['https://www.booking.com/hotel/x.html?aid=1', 'Booking.com Affiliate'],
    ['https://apps.apple.com/app/id1?at=1l3v', 'Apple Services Performance Partners'],
    ['https://www.flipkart.com/p?affid=me', 'Flipkart Affiliate'],
    ['https://bit.ly/abc', 'shortener'],
    ['https://geni.us/cam', 'shortener'],
  ])('%s is %s', (url, network) => {
    expect(linkShapeOf(url)?.network).toBe(network);
  });
  it.each([
    'https://www.amazon.com/dp/B0',
    'https://youtu.be/abc',
    'https://github.com/a/b',
    'https://notamazon.com/?tag=x',
    'https://www.ebay.com/itm/1',
  ])('%s is not affiliate', (url) => {
    expect(linkShapeOf(url)).toBeNull();
  });
});
