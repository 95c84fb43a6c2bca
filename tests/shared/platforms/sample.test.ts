import { describe, expect, it } from 'vitest';
import { newPost } from '../../../shared/platforms/blank-records';
import { sampleOf, sampleText } from '../../../shared/platforms/sample';

const exact = (value: number) => ({ value, display: null, exact: true });
const rounded = (value: number, display: string) => ({ value, display, exact: false });

describe('the sample a card rests on', () => {
  it('counts posts with exact figures apart from posts with a rounded one', () => {
    const posts = [
      { ...newPost(), views: exact(1545374), likes: exact(20) },
      { ...newPost(), views: rounded(1_500_000, '1.5M'), likes: exact(3) },
      { ...newPost(), caption: 'no counts shown' },
    ];
    expect(sampleOf(posts)).toEqual({ posts: 3, exact: 1, rounded: 1, earlier: 0 });
    expect(sampleText(sampleOf(posts), 2)).toBe(
      '3 posts seen · 1 with exact counts, 1 rounded · 2 loaded live by the site',
    );
    expect(sampleText(sampleOf([]))).toBe('no posts seen yet');
  });

  it("counts a saved creator's posts kept from earlier visits apart from those on the page", () => {
    const post = (id: string) => ({
      ...newPost(),
      id,
      url: `https://www.instagram.com/p/${id}/`,
      likes: exact(5),
    });
    const onPage = [post('a')];
    const kept = [post('a'), post('b'), post('c')];
    expect(sampleOf(kept, onPage)).toEqual({ posts: 3, exact: 3, rounded: 0, earlier: 2 });
    expect(sampleText(sampleOf(kept, []))).toBe(
      '3 posts seen, 3 on earlier visits · 3 with exact counts, 0 rounded',
    );
  });
});
