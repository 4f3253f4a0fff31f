<?php
/**
 * Seeds the test posts of one site and prints what was seeded as JSON (ids the tests check
 * against). Idempotent: a post that exists is left alone and its saved summary printed again.
 *
 * php seed.php <host:port> <pretty|plain>
 *   pretty: a post with 300 approved threaded comments (entities in the title, HTML in the
 *           comments, a chain 12 replies deep), 4 held and 2 spam comments, a featured image;
 *           and a post closed to comments.
 *   plain:  a short post with 3 comments (this site takes no anonymous REST comments).
 */
[ , $host, $kind ] = $argv + [ null, null, null ];
if ( ! $host || ! in_array( $kind, [ 'pretty', 'plain' ], true ) ) {
	fwrite( STDERR, "usage: php seed.php <host:port> <pretty|plain>\n" );
	exit( 2 );
}
$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $host );
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
add_filter( 'pre_wp_mail', '__return_false' );

const SUMMARY_KEY = '_parley_seed_summary';
const BASE_TIME   = 1704873600; // 2024-01-10T08:00:00Z: comments follow it minute by minute

/** The post with this slug, created (with its comments, by $fill) only if it does not exist. */
function seed_post( string $slug, array $postarr, callable $fill ): array {
	$existing = get_posts( [ 'name' => $slug, 'post_type' => 'post', 'post_status' => 'any', 'numberposts' => 1 ] );
	if ( $existing ) {
		return json_decode( get_post_meta( $existing[0]->ID, SUMMARY_KEY, true ), true );
	}
	$id = wp_insert_post( $postarr + [ 'post_name' => $slug, 'post_status' => 'publish', 'post_author' => 1 ], true );
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	wp_defer_comment_counting( true );
	$summary = [ 'id' => $id, 'slug' => $slug ] + $fill( $id );
	wp_defer_comment_counting( false );
	update_post_meta( $id, SUMMARY_KEY, wp_slash( wp_json_encode( $summary ) ) );
	return $summary;
}

function add_comment( int $post, int $parent, int $minute, string $author, string $content, $approved = 1, string $url = '' ): int {
	return wp_insert_comment( [
		'comment_post_ID'      => $post,
		'comment_parent'       => $parent,
		'comment_author'       => $author,
		'comment_author_email' => strtolower( preg_replace( '/\W+/', '.', $author ) ) . '@example.invalid',
		'comment_author_url'   => $url,
		'comment_author_IP'    => '127.0.0.1',
		'comment_content'      => $content,
		'comment_approved'     => $approved,
		'comment_date_gmt'     => gmdate( 'Y-m-d H:i:s', BASE_TIME + 60 * $minute ),
		'comment_date'         => get_date_from_gmt( gmdate( 'Y-m-d H:i:s', BASE_TIME + 60 * $minute ) ),
	] );
}

function featured_image( int $post ): int {
	$uploads = wp_upload_dir();
	$file    = $uploads['basedir'] . '/parley/harbour.png';
	wp_mkdir_p( dirname( $file ) );
	$image = imagecreatetruecolor( 1200, 600 );
	imagefill( $image, 0, 0, imagecolorallocate( $image, 32, 96, 160 ) );
	imagepng( $image, $file );
	$attachment = wp_insert_attachment( [
		'post_title'     => 'Harbour at dawn',
		'post_excerpt'   => 'The harbour at dawn &amp; the <em>first</em> boats. Photo: A. Photographer',
		'post_mime_type' => 'image/png',
		'post_status'    => 'inherit',
	], $file, $post );
	update_post_meta( $attachment, '_wp_attachment_image_alt', 'Boats leaving a harbour at dawn' );
	set_post_thumbnail( $post, $attachment );
	return $attachment;
}

$authors  = [ 'Ana Reader', 'Bo Ström', 'Chloé Dubois', 'Dev Patel', 'Eve O’Neil', 'Femi Adé', 'Grace Ho', 'Hugo' ];
$snippets = [
	"I agree with most of this, but the part about costs &amp; benefits needs numbers.",
	"Not sure. <strong>Who</strong> decided that?\n\nA second paragraph, after a blank line.",
	"See <a href=\"https://example.com/source\">the source</a> for the full quote.",
	"Fish & chips < pie > nothing. Quotes: \"double\" and 'single'.",
	"<em>Exactly</em> what I was going to say — thanks.",
	"Code: <code>if (a < b) return;</code> works.",
	"<blockquote>Quoted text from above.</blockquote>And my answer to it.",
	"Line one\nline two of the same paragraph.",
];

$summaries = [];
if ( $kind === 'pretty' ) {
	$summaries[] = seed_post(
		'fish-chips-and-a-long-discussion',
		[
			'post_title'     => 'Caf&eacute; Fish & Chips: "Curly Quotes", Apostrophe\'s -- and 3 < 5',
			'post_content'   => "<p>A test post for Parley, with a long threaded discussion.</p>\n<p>It has <strong>bold</strong> text &amp; a <a href=\"https://example.com/\">link</a>.</p>",
			'post_date_gmt'  => '2024-01-10 07:30:00',
			'comment_status' => 'open',
		],
		function ( int $post ) use ( $authors, $snippets ): array {
			mt_srand( 6 );
			$approved = [];
			$minute   = 0;
			// 40 top-level comments, then replies to a random earlier comment (more often a recent one).
			for ( $i = 0; $i < 270; $i++ ) {
				$parent     = $i < 40 || mt_rand( 0, 9 ) === 0 ? 0 : $approved[ max( 0, count( $approved ) - mt_rand( 1, 60 ) ) ];
				$n          = count( $approved ) + 1;
				$url        = $i % 5 === 0 ? 'https://example.com/people/' . ( $i % 8 ) : '';
				$approved[] = add_comment( $post, $parent, ++$minute, $authors[ $i % 8 ], "Comment $n. " . $snippets[ $i % 8 ], 1, $url );
			}
			// A chain of replies 12 deep under the first comment.
			$deep = [ $approved[0] ];
			for ( $d = 1; $d <= 12; $d++ ) {
				$deep[]     = add_comment( $post, end( $deep ), ++$minute, $authors[ $d % 8 ], "Depth $d reply." );
				$approved[] = end( $deep );
			}
			// Held and spam comments: WordPress never shows them to anonymous readers.
			$hidden = [];
			foreach ( [ 0, 0, 0, 0, 'spam', 'spam' ] as $k => $status ) {
				$hidden[] = add_comment( $post, $k % 2 ? $approved[3] : 0, ++$minute, 'Held Author', "Held comment $k.", $status );
			}
			// A script and an event handler, stored as a compromised site could serve them.
			$approved[] = add_comment( $post, 0, ++$minute, 'Mallory', '<p>Hello <img src="x" onerror="window.__parleyXss=1"><script>window.__parleyXss=2</script>world</p>' );
			$unsafe     = end( $approved );
			// More top-level comments, so the last page holds roots too.
			for ( $i = 0; $i < 17; $i++ ) {
				$approved[] = add_comment( $post, 0, ++$minute, $authors[ $i % 8 ], "Late comment $i. " . $snippets[ $i % 8 ] );
			}
			wp_update_comment_count_now( $post );
			return [
				// What the rendered title (&#8220;, &#038;, &eacute;, &lt; …) must decode to.
				'title'       => 'Café Fish & Chips: “Curly Quotes”, Apostrophe’s — and 3 < 5',
				'approvedIds' => $approved,
				'hiddenIds'   => $hidden,
				'deepChain'   => $deep,
				'unsafeId'    => $unsafe,
				'featuredMedia' => featured_image( $post ),
			];
		}
	);
	$summaries[] = seed_post(
		'comments-closed-here',
		[
			'post_title'     => 'Comments are closed here',
			'post_content'   => '<p>This post takes no comments.</p>',
			'post_date_gmt'  => '2024-01-09 10:00:00',
			'comment_status' => 'closed',
		],
		fn ( int $post ) => [ 'approvedIds' => [ add_comment( $post, 0, 1, 'Ana Reader', 'Before closing.' ) ] ]
	);
} else {
	$summaries[] = seed_post(
		'plain-permalinks-post',
		[
			'post_title'     => 'A site with plain permalinks',
			'post_content'   => '<p>Its REST API answers only under ?rest_route=.</p>',
			'post_date_gmt'  => '2024-01-08 10:00:00',
			'comment_status' => 'open',
		],
		function ( int $post ): array {
			$first  = add_comment( $post, 0, 1, 'Ana Reader', 'First.' );
			$second = add_comment( $post, $first, 2, 'Bo Ström', 'A reply.' );
			$third  = add_comment( $post, 0, 3, 'Dev Patel', 'Another thread.' );
			wp_update_comment_count_now( $post );
			return [ 'approvedIds' => [ $first, $second, $third ] ];
		}
	);
}
echo wp_json_encode( $summaries, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ), "\n";
